/** Server settings with their defaults; buildApp and main read them, tests override a few. */
export interface ServerConfig {
  /** largest accepted upload or pasted document, in bytes (LUOSHI_UPLOAD_LIMIT_MB, default 20 MB) */
  uploadLimitBytes: number;
  /** login attempts allowed per client address per window */
  loginRateLimit: { max: number; timeWindowMs: number };
  /** how long a session lasts after login */
  sessionTtlMs: number;
  /** send the session cookie only over HTTPS (LUOSHI_SECURE_COOKIE=1 behind TLS) */
  secureCookie: boolean;
  /** take the client address from X-Forwarded-For (LUOSHI_TRUST_PROXY=1 behind a reverse proxy), for the login limit */
  trustProxy: boolean;
}

/** The defaults, adjusted by the environment. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const uploadMb = Number(env.LUOSHI_UPLOAD_LIMIT_MB ?? 20);
  return {
    uploadLimitBytes: Math.round((Number.isFinite(uploadMb) && uploadMb > 0 ? uploadMb : 20) * 1024 * 1024),
    loginRateLimit: { max: 10, timeWindowMs: 60_000 },
    sessionTtlMs: 12 * 60 * 60 * 1000,
    secureCookie: env.LUOSHI_SECURE_COOKIE === "1",
    trustProxy: env.LUOSHI_TRUST_PROXY === "1",
  };
}
