/**
 * Matching a unit name as written in a document to the unit directory: exact name, a known alias, or a
 * suggestion by similarity (经信局 → 市经信局). Pure: no I/O.
 */

/** A directory unit as the matcher sees it. */
export interface DirectoryUnit {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** How a name matched: exactly, through an alias, or only by similarity (a suggestion to confirm). */
export const MATCH_HOWS = ["exact", "alias", "similar"] as const;
export type MatchHow = (typeof MATCH_HOWS)[number];

/** One candidate unit for a name, best first when returned in a list. */
export interface UnitMatch {
  unitId: string;
  name: string;
  score: number;
  how: MatchHow;
}

/** Level prefixes a document may drop when the level is clear from context (经信局 for 市经信局). */
const LEVEL_PREFIXES = ["省", "市", "县", "区"] as const;

/** Suggestions below this similarity are noise. */
const SUGGESTION_THRESHOLD = 0.5;

/** The comparable form of a name: NFKC (full-width to half-width), no spaces, trimmed. */
export function normalizeUnitName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/gu, "").trim();
}

function withoutLevelPrefix(name: string): string {
  return LEVEL_PREFIXES.some((prefix) => name.startsWith(prefix)) && name.length > 2 ? name.slice(1) : name;
}

function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, index) => chars[index] + char);
}

/** Dice coefficient over character bigrams: 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const gram of right) pool.set(gram, (pool.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of left) {
    const count = pool.get(gram) ?? 0;
    if (count > 0) {
      shared += 1;
      pool.set(gram, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Similarity of a written name to a directory name, treating a dropped level prefix as a near match. */
function nameScore(written: string, known: string): number {
  if (withoutLevelPrefix(written) === withoutLevelPrefix(known)) return 0.9;
  return similarity(withoutLevelPrefix(written), withoutLevelPrefix(known)) * 0.85;
}

/**
 * Candidates for a name: an exact or alias match alone when there is one, else up to `limit` similar units
 * scoring at least 0.5, best first.
 */
export function matchUnit(name: string, directory: readonly DirectoryUnit[], limit = 5): UnitMatch[] {
  const written = normalizeUnitName(name);
  if (!written) return [];
  const exact = directory.find((unit) => normalizeUnitName(unit.name) === written);
  if (exact) return [{ unitId: exact.id, name: exact.name, score: 1, how: "exact" }];
  const alias = directory.find((unit) => unit.aliases.some((known) => normalizeUnitName(known) === written));
  if (alias) return [{ unitId: alias.id, name: alias.name, score: 1, how: "alias" }];
  return directory
    .map((unit) => {
      const score = Math.max(...[unit.name, ...unit.aliases].map((known) => nameScore(written, normalizeUnitName(known))));
      return { unitId: unit.id, name: unit.name, score: Math.round(score * 100) / 100, how: "similar" as const };
    })
    .filter((match) => match.score >= SUGGESTION_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "zh"))
    .slice(0, limit);
}
