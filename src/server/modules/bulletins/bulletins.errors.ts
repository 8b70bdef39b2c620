/** Errors of bulletins. */
import { defineError } from "../../errors.ts";

export const bulletinNotFound = defineError("bulletins.not_found", 404, "找不到该通报", "Bulletin not found");
export const bulletinPublished = defineError(
  "bulletins.published",
  422,
  "通报已发布，内容已固定，不能再修改",
  "The bulletin is published and frozen; it can no longer be changed",
);
export const bulletinStale = defineError("bulletins.stale_version", 409, "通报已被他人修改，请刷新后重试", "Someone else changed this bulletin; reload and try again");
