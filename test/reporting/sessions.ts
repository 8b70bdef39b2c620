/** Sessions made straight in the database, for tests that need hundreds of signed-in users quickly (login hashes with scrypt). */
import { randomBytes } from "node:crypto";
import type { App } from "../../src/server/app.ts";
import type { Db } from "../../src/server/db/client.ts";
import { hashToken, insertSession } from "../../src/server/modules/auth/sessions.repository.ts";
import type { Session } from "../helpers/app.ts";

/** A signed-in client for an existing user, without going through the login route. */
export async function sessionFor(app: App, db: Db, user: { id: string; username: string; role: string }, unitIds: string[]): Promise<Session> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const now = new Date();
  await insertSession(db, { tokenHash: hashToken(token), userId: user.id, csrfToken, createdAt: now, expiresAt: new Date(now.getTime() + 86_400_000 * 3650) });
  const cookie = `luoshi_session=${token}`;
  return {
    user: { ...user, unitIds },
    csrfToken,
    cookie,
    call: (method, url, body) =>
      app.inject({ method, url, headers: { cookie, ...(method === "GET" ? {} : { "x-csrf-token": csrfToken }) }, ...(body === undefined ? {} : { payload: body as object }) }),
  };
}
