/** Sign in, sign out and who am I; each keeps the CSRF token current. */
import { api, ApiError, setCsrfToken } from "./client.ts";
import type { Session, SignedInUser } from "./types.ts";

/** Starts a session; the server sets the cookie. */
export async function login(username: string, password: string): Promise<SignedInUser> {
  const session = await api.post<Session>("/auth/login", { username, password });
  setCsrfToken(session.csrfToken);
  return { ...session.user, permissions: session.permissions };
}

/** Ends the session. */
export async function logout(): Promise<void> {
  await api.post("/auth/logout");
  setCsrfToken(null);
}

/** The signed-in user with its permissions, or null without a session. */
export async function fetchMe(): Promise<SignedInUser | null> {
  try {
    const session = await api.get<Session>("/auth/me");
    setCsrfToken(session.csrfToken);
    return { ...session.user, permissions: session.permissions };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
