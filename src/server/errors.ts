/**
 * Errors a user can act on: each carries a stable code (`plans.not_found`), an HTTP status and a message in
 * Chinese and English. Features create them with small factories; plugins/errors.ts turns them into responses.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly message: string,
    readonly messageEn: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(messageEn);
    this.name = "AppError";
  }
}

/** Declares an error factory once per code, e.g. `const planNotFound = defineError("plans.not_found", 404, "找不到该计划", "Plan not found")`. */
export function defineError(code: string, status: number, message: string, messageEn: string) {
  return (details?: Record<string, unknown>) => new AppError(code, status, message, messageEn, details);
}

/** True when the value is an AppError (also across module copies). */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Errors shared by every feature. */
export const commonErrors = {
  validation: defineError("request.invalid", 400, "请求内容不合法", "The request is invalid"),
  unauthenticated: defineError("auth.unauthenticated", 401, "请先登录", "Please sign in"),
  forbidden: defineError("auth.forbidden", 403, "没有权限执行此操作", "You are not allowed to do this"),
  csrf: defineError("auth.csrf_invalid", 403, "安全令牌无效,请刷新页面后重试", "Missing or invalid CSRF token; reload and try again"),
  routeNotFound: defineError("route.not_found", 404, "接口不存在", "No such endpoint"),
  conflict: defineError("request.conflict", 409, "与现有数据冲突,请刷新后重试", "This conflicts with existing data; reload and try again"),
  stale: defineError("request.stale_version", 409, "数据已被他人修改,请刷新后重试", "Someone else changed this; reload and try again"),
  tooLarge: defineError("upload.too_large", 413, "上传内容超过大小限制", "The upload exceeds the size limit"),
  unsupportedMedia: defineError("request.unsupported_media_type", 415, "不支持的内容类型", "Unsupported content type"),
  rateLimited: defineError("request.rate_limited", 429, "请求过于频繁,请稍后再试", "Too many requests; try again later"),
  internal: defineError("server.internal", 500, "服务器内部错误", "Internal server error"),
  databaseUnavailable: defineError("database.unavailable", 503, "数据库暂时无法连接,请稍后重试", "The database is briefly unavailable; try again shortly"),
};
