/**
 * Resolved sessions kept for a few seconds in this process, so a clerk's burst of requests (a page loads five
 * API calls) reads the session and the user's units once. Logging out and any change to the user (role, units,
 * deactivation) drop them here at once; another instance sees such a change within CACHE_MS.
 */
import type { Db } from "../../db/client.ts";

/** How long a resolved session is trusted without reading it again. */
const CACHE_MS = 5000;
const MAX_ENTRIES = 10_000;

interface Cached<T> {
  userId: string;
  storedAt: number;
  value: T;
}

const caches = new WeakMap<Db, Map<string, Cached<unknown>>>();

function cacheOf(db: Db): Map<string, Cached<unknown>> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

/** The session resolved for this token less than CACHE_MS ago, or undefined. */
export function cachedSession<T>(db: Db, token: string): T | undefined {
  const cache = cacheOf(db);
  const hit = cache.get(token);
  if (!hit) return undefined;
  if (performance.now() - hit.storedAt > CACHE_MS) {
    cache.delete(token);
    return undefined;
  }
  return hit.value as T;
}

/** Keeps a resolved session (the oldest entry goes when the cache is full). */
export function rememberSession<T>(db: Db, token: string, userId: string, value: T): void {
  const cache = cacheOf(db);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(token, { userId, storedAt: performance.now(), value });
}

/** Drops one session (logout). */
export function forgetSession(db: Db, token: string): void {
  cacheOf(db).delete(token);
}

/** Drops every session of a user (role, units or activity changed). */
export function forgetSessionsOfUser(db: Db, userId: string): void {
  const cache = cacheOf(db);
  for (const [token, entry] of cache) if (entry.userId === userId) cache.delete(token);
}

/** Drops every session (units merged: their members' units changed). */
export function forgetAllSessions(db: Db): void {
  cacheOf(db).clear();
}
