/** Errors of the assessment. */
import { defineError } from "../../errors.ts";

export const rulesStale = defineError("assessments.rules_stale", 409, "考核细则已被他人修改，请刷新后重试", "Someone else changed the rule sheet; reload and try again");
export const appealNotFound = defineError("assessments.appeal_not_found", 404, "找不到该申诉", "Appeal not found");
export const appealDecided = defineError("assessments.appeal_decided", 422, "该申诉已处理", "This appeal has already been decided");
export const appealUnknownLine = defineError(
  "assessments.appeal_unknown_line",
  422,
  "申诉的计分项不存在于该单位的得分明细中",
  "The appealed line is not in this unit's score",
);
export const appealValueRequired = defineError(
  "assessments.appeal_value_required",
  422,
  "支持申诉时须给出更正后的数值",
  "Upholding an appeal needs the corrected value",
);
