/** Signing in and out: verifies the password, opens a session with its CSRF token, ends it. */
import { randomBytes } from "node:crypto";
import { permissionsOf } from "../../../core/domain/access/permissions.ts";
import type { Clock } from "../../clock.ts";
import type { Db } from "../../db/client.ts";
import { commonErrors } from "../../errors.ts";
import { appendAudit } from "../audit/audit.ts";
import { findUserByUsername, unitIdsByUser } from "../users/users.queries.ts";
import { presentUser, toActor } from "../users/users.presenter.ts";
import { invalidCredentials } from "./auth.errors.ts";
import { countLoginFailure, findLoginFailures } from "./login-failures.repository.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { deleteExpiredSessions, deleteSession, findLiveSession, hashToken, insertSession } from "./sessions.repository.ts";
import { cachedSession, forgetSession, rememberSession } from "./session-cache.ts";

/** A hash to verify against when the username is unknown, so timing does not reveal which usernames exist. */
const decoyHash = hashPassword(randomBytes(8).toString("hex"));

/** How many failed logins a client may make per window. */
export interface LoginLimit {
  max: number;
  timeWindowMs: number;
}

/** Refuses a client that has used up its failed logins for the current window (429 with the wait left). */
async function assertUnderLoginLimit(deps: { db: Db; clock: Clock; loginLimit: LoginLimit }, clientKey: string) {
  const row = await findLoginFailures(deps.db, clientKey);
  if (!row || row.failures < deps.loginLimit.max) return;
  const retryAfterMs = row.windowStartedAt.getTime() + deps.loginLimit.timeWindowMs - deps.clock.now().getTime();
  if (retryAfterMs > 0) throw commonErrors.rateLimited({ retryAfterMs });
}

/**
 * Checks the credentials and opens a session; the token goes into the cookie, the CSRF token to the client.
 * Only failures count toward the client's limit, so a shared office address is not locked out by people
 * signing in correctly.
 */
export async function login(
  deps: { db: Db; clock: Clock; sessionTtlMs: number; loginLimit: LoginLimit },
  input: { username: string; password: string; clientKey: string },
) {
  await assertUnderLoginLimit(deps, input.clientKey);
  const user = await findUserByUsername(deps.db, input.username);
  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash));
  const now = deps.clock.now();
  if (!user || !user.active || !matches) {
    await countLoginFailure(deps.db, input.clientKey, now, deps.loginLimit.timeWindowMs);
    throw invalidCredentials();
  }
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const unitIds = (await unitIdsByUser(deps.db, [user.id])).get(user.id) ?? [];
  await deps.db.transaction(async (tx) => {
    await deleteExpiredSessions(tx, now);
    await insertSession(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      createdAt: now,
      expiresAt: new Date(now.getTime() + deps.sessionTtlMs),
    });
    await appendAudit(tx, { actorId: user.id, at: now, action: "auth.login", entity: "user", entityId: user.id });
  });
  const presented = presentUser(user, unitIds);
  return { token, csrfToken, user: presented, permissions: permissionsOf(presented.role) };
}

/** The session behind a cookie token: its actor and CSRF token, or null (read at most every few seconds, see session-cache.ts). */
export async function resolveSession(deps: { db: Db; clock: Clock }, token: string) {
  const cached = cachedSession<ResolvedSession>(deps.db, token);
  if (cached && cached.expiresAt > deps.clock.now()) return cached.resolved;
  const row = await findLiveSession(deps.db, token, deps.clock.now());
  if (!row) return null;
  const unitIds = (await unitIdsByUser(deps.db, [row.user.id])).get(row.user.id) ?? [];
  const actor = toActor(row.user, unitIds);
  const resolved = { actor, csrfToken: row.session.csrfToken, user: presentUser(row.user, unitIds), permissions: permissionsOf(actor.role) };
  rememberSession<ResolvedSession>(deps.db, token, row.user.id, { resolved, expiresAt: row.session.expiresAt });
  return resolved;
}

interface ResolvedSession {
  resolved: { actor: ReturnType<typeof toActor>; csrfToken: string; user: ReturnType<typeof presentUser>; permissions: ReturnType<typeof permissionsOf> };
  expiresAt: Date;
}

/** Ends the session behind a cookie token. */
export async function logout(deps: { db: Db; clock: Clock }, token: string, actorId: string) {
  await deps.db.transaction(async (tx) => {
    await deleteSession(tx, token);
    await appendAudit(tx, { actorId, at: deps.clock.now(), action: "auth.logout", entity: "user", entityId: actorId });
  });
  // after the commit: a request resolving the session meanwhile cannot put it back
  forgetSession(deps.db, token);
}
