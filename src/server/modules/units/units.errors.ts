/** Errors of the unit directory. */
import { defineError } from "../../errors.ts";

export const unitNotFound = defineError("units.not_found", 404, "找不到该单位", "Unit not found");
export const unitNameTaken = defineError("units.name_taken", 409, "单位名称或别名已存在", "A unit already has that name or alias");
export const unitCycle = defineError("units.parent_cycle", 422, "上级单位不能是自身或下级单位", "A unit cannot sit under itself or its own sub-unit");
export const unitMergeSelf = defineError("units.merge_self", 422, "不能将单位合并到自身", "A unit cannot be merged into itself");
