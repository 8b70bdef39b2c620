/** Errors of plans, items and targets. */
import { defineError } from "../../errors.ts";

export const planNotFound = defineError("plans.not_found", 404, "找不到该计划", "Plan not found");
export const itemNotFound = defineError("plans.item_not_found", 404, "找不到该条目", "Item not found");
export const targetNotFound = defineError("plans.target_not_found", 404, "找不到该目标", "Target not found");
export const unresolvedUnits = defineError(
  "plans.unresolved_units",
  422,
  "仍有单位名称未对应到单位目录,不能发布",
  "Some unit names are not matched to the unit directory yet; the plan cannot be published",
);
export const nameNotInPlan = defineError("plans.unit_name_not_in_plan", 404, "计划中没有该单位名称", "The plan does not mention that unit name");
export const invalidTargetValue = defineError(
  "plans.invalid_target_value",
  400,
  "目标值必须是数字(如 8 或 12.5),不能是“N/A”或“五成”这样的文字",
  "A target value must be a number (such as 8 or 12.5), not text such as “N/A” or “五成”",
);
export const revisionNotFound = defineError("plans.revision_not_found", 404, "找不到该版本", "Plan version not found");
export const itemHasChildren = defineError(
  "plans.item_has_children",
  422,
  "该条目下还有子条目,请先删除子条目",
  "The item still has sub-items; delete them first",
);
