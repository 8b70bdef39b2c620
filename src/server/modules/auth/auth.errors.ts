/** Errors of signing in. */
import { defineError } from "../../errors.ts";

export const invalidCredentials = defineError("auth.invalid_credentials", 401, "用户名或密码错误", "Wrong username or password");
