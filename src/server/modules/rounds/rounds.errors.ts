/** Errors of reporting rounds. */
import { defineError } from "../../errors.ts";

export const roundNotFound = defineError("rounds.not_found", 404, "找不到该报送轮次", "Reporting round not found");
export const roundPlanNotPublished = defineError(
  "rounds.plan_not_published",
  422,
  "只能对已发布的计划开启报送轮次",
  "A round can only be opened for published plans",
);
export const roundClosed = defineError("rounds.closed", 422, "该报送轮次已结束", "This reporting round is closed");
export const roundNothingToAsk = defineError(
  "rounds.nothing_to_ask",
  422,
  "所选计划中没有已落实责任单位的事项",
  "The chosen plans have no items with resolved responsible units",
);
