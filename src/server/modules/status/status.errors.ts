/** Errors of status and overrides. */
import { defineError } from "../../errors.ts";

export const overrideReasonRequired = defineError(
  "status.override_reason_required",
  422,
  "人工调整状态须填写理由",
  "Overriding a status needs a reason",
);
export const statusSubjectNotFound = defineError("status.subject_not_found", 404, "找不到该事项或指标", "Item or target not found");
