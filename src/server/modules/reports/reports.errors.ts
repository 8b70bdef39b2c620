/** Errors of reports. */
import { defineError } from "../../errors.ts";

export const reportNotFound = defineError("reports.not_found", 404, "找不到该报告", "Report not found");
export const reportStale = defineError(
  "reports.stale_version",
  409,
  "报告已被他人修改或已提交,请刷新后重试",
  "The report was changed or submitted meanwhile; reload and try again",
);
export const reportNotEditable = defineError(
  "reports.not_editable",
  422,
  "报告已提交或已通过审核,不能再修改",
  "The report is submitted or accepted and cannot be edited",
);
export const reportRoundClosed = defineError("reports.round_closed", 422, "该报送轮次已结束", "The reporting round is closed");
export const reportIncomplete = defineError(
  "reports.incomplete",
  422,
  "每个指标须填写数值,无数据时须说明原因",
  "Every target needs a value, or a reason why there is no data this round",
);
export const reportImplausible = defineError(
  "reports.implausible",
  422,
  "部分数值与上期或去年同期相比变化过大,请填写说明后再提交",
  "Some values jump against the last round or the same period last year; explain them before submitting",
);
export const reportNotSubmitted = defineError("reports.not_submitted", 422, "报告尚未提交,不能审核", "The report is not submitted, so it cannot be reviewed");
export const reportCommentRequired = defineError("reports.comment_required", 422, "退回报告须填写意见", "Returning a report needs a comment");
export const reportUnknownTarget = defineError("reports.unknown_target", 422, "数值对应的指标不属于该事项", "A value names a target that is not on this item");
export const supportCannotSubmit = defineError(
  "reports.support_cannot_submit",
  403,
  "配合单位只能提供材料,由牵头单位提交报告",
  "A support unit contributes input; the lead unit submits the report",
);
export const notSupportUnit = defineError(
  "reports.not_support_unit",
  403,
  "只有该事项的配合单位可以提供材料",
  "Only the item's support units can contribute",
);
export const attachmentRejected = defineError(
  "reports.attachment_type",
  415,
  "附件类型不支持(允许 PDF、Word、Excel、图片、文本)",
  "Unsupported attachment type (PDF, Word, Excel, images and text are allowed)",
);
