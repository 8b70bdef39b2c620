/** Errors of managing users. */
import { defineError } from "../../errors.ts";

export const userNotFound = defineError("users.not_found", 404, "找不到该用户", "User not found");
export const usernameTaken = defineError("users.username_taken", 409, "用户名已被使用", "That username is taken");
export const reporterNeedsUnit = defineError(
  "users.reporter_needs_unit",
  400,
  "填报人必须属于至少一个单位",
  "A reporter must belong to at least one unit",
);
