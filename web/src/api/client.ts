/**
 * The typed fetch client for /api: JSON in and out, the session cookie sent along, the CSRF token attached to
 * every write, and error bodies turned into `ApiError`s that carry the server's stable code.
 */

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

let csrfToken: string | null = null;

/** Remembers the CSRF token returned by login or /api/auth/me; writes send it as `x-csrf-token`. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** An error answered by the server (`{ error: { code, message, messageEn, details } }`) or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(messageEn);
    this.name = "ApiError";
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; messageEn?: string; details?: Record<string, unknown> };
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    body = {};
  }
  const error = body.error ?? {};
  return new ApiError(
    response.status,
    error.code ?? `http.${response.status}`,
    error.message ?? "",
    error.messageEn ?? "",
    error.details,
  );
}

type Body = FormData | object | undefined;

/** Sends one request to the API and returns the parsed JSON (undefined for 204). Throws ApiError on 4xx/5xx. */
export async function request<T>(method: string, path: string, body?: Body): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  if (WRITE_METHODS.has(method) && csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { method, headers, body: payload, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "network.unreachable", "", "");
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Shorthands for the four verbs. */
export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  post: <T>(path: string, body?: Body) => request<T>("POST", path, body ?? {}),
  put: <T>(path: string, body: Body) => request<T>("PUT", path, body),
  patch: <T>(path: string, body: Body) => request<T>("PATCH", path, body),
  delete: <T>(path: string) => request<T>("DELETE", path),
};

/** Builds a query string from the defined values, e.g. `?planId=…&period=2025-09`. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
