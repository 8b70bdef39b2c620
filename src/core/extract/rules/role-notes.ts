/**
 * Where roles stand in prose: parenthetical notes ("(市经信局负责)", "(由省经贸委牵头,有关部门配合组织落实)",
 * "(牵头单位:X;配合单位:Y)"), sentences that are only a role note ("牵头单位:市发改委。" or
 * "由市发改委牵头,各区配合。"), and "办公室设在X,具体负责…", which makes X an owner.
 */
import type { Span, UnitMention } from "../types.ts";
import { readRoleNote, splitClauses } from "./roles.ts";
import { inheritPrefixes, isNamedOffice, looksLikeUnit, splitNames } from "./unit-names.ts";

const ROLE_HINT = /牵头|配合|协办|参与|会同|负责|责任单位|责任部门|组织落实|共同实施|组织实施/;
const OFFICE_SEAT = /设在(?<unit>[^,。;()]{2,24}?)[,]?(?:具体)?负责/g;
/** "X会同Y推进…": the bodies after 会同, up to the verb, take part (support). */
const TOGETHER_WITH = /会同(?<units>[^,;。:会]{2,40}?)(?=推进|加强|开展|做好|研究|制定|落实|共同|完成|建立|组织|实施|对|做|,|;|。|$)/g;

/** Balanced parenthetical spans (inner text, without the parentheses) in `norm[from, to)`. */
export function parentheticals(norm: string, [from, to]: Span): Span[] {
  const out: Span[] = [];
  const open: number[] = [];
  for (let i = from; i < to; i++) {
    if (norm[i] === "(" || norm[i] === "【") open.push(i);
    else if ((norm[i] === ")" || norm[i] === "】") && open.length) {
      const s = open.pop()!;
      if (open.length === 0) out.push([s + 1, i]);
    }
  }
  return out;
}

/** Sentences of `norm[from, to)` (split on 。 ; and line breaks), trimmed. */
export function sentences(norm: string, [from, to]: Span): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || "。;\n!?".includes(norm[i])) {
      let s = start;
      let e = i;
      while (s < e && /\s/.test(norm[s])) s++;
      while (e > s && /\s/.test(norm[e - 1])) e--;
      if (e > s) out.push([s, e]);
      start = i + 1;
    }
  }
  return out;
}

/** "由市住建局负责…" anywhere in a clause, or "区规划资源局牵头开展…" opening one. */
const NAME_RUN = "(?:[^,;。:()由]|\\([^()]{1,12}\\))";
const BY_UNIT = new RegExp(`由(?<units>${NAME_RUN}{2,30}?)(?:分别|共同)?(?<word>牵头|负责|组织落实|组织实施|共同实施)`);
/** "区建设管理委(区水务局)牵头": a name may carry its other name in brackets. */
const OPENS_WITH_LEAD = new RegExp(`^(?<units>${NAME_RUN}{2,30}?)(?:分别|共同)?牵头`);

/** "市发改委负责联席会议日常工作": a named office opening a clause with 负责 owns it (a collective such as 各地 does not). */
const OPENS_WITH_OWNER = /^(?<units>[^,;。:()][^,;。:]{1,29}?)\s*:?\s*(?:具体|分别|共同)?负责/;
/** A list entry's own number ("1.", "(二)") before the clause's first word. */
const ENTRY_NUMBER = /^(\d{1,2}[.、]|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))\s*/;

/** Words one of the clause patterns needs: a clause without them gives no role (checked first, for speed). */
const CLAUSE_ROLE_WORD = /牵头|负责|配合|组织落实|组织实施|共同实施/;
/** "区规划资源局、区农业农村委配合…": named offices opening a clause with 配合 take part (support). */
const OPENS_WITH_SUPPORT = new RegExp(`^(?<units>${NAME_RUN}{2,40}?)(?:要|应)?(?:积极|共同|协助)?配合`);

/** The units a clause of running prose gives a role to, when its units read as real bodies. */
function readClauseRole(norm: string, [from, to]: Span): UnitMention[] | null {
  const text = norm.slice(from, to);
  if (!CLAUSE_ROLE_WORD.test(text)) return null;
  const untrimmed = text.trimStart();
  const trimmed = untrimmed.replace(ENTRY_NUMBER, "");
  const by = BY_UNIT.exec(text);
  const lead = by ? null : OPENS_WITH_LEAD.exec(trimmed);
  const owner = by || lead ? null : OPENS_WITH_OWNER.exec(trimmed);
  const helper = by || lead || owner ? null : OPENS_WITH_SUPPORT.exec(trimmed);
  const m = by ?? lead ?? owner ?? helper;
  if (!m) return null;
  const at = from + (by ? m.index + 1 : text.length - trimmed.length);
  const names = splitNames(norm, [at, at + m.groups!.units.length]);
  if (names.length === 0 || !names.every((n) => looksLikeUnit(n.name))) return null;
  // "各街道办事处:负责…" labels its own duty; without the colon a collective subject ("各地负责…") is no owner
  const labelled = owner && /^[^:]*:/.test(trimmed.slice(0, m[0].length));
  if ((owner || helper) && !labelled && !names.every((n) => isNamedOffice(n.name))) return null;
  const role = lead || (by && m.groups!.word === "牵头") ? "lead" : helper ? "support" : "owners";
  return inheritPrefixes(names).map((n) => ({ name: n.name, role, span: n.span }));
}

/** A clause that can open a run of role clauses in running prose: a lead, a label or 由. */
const RUN_OPENER = /牵头|(单位|部门)\s*:|^由/;

/**
 * Runs of consecutive role clauses inside a sentence that also says other things ("二要落实责任。
 * 市农业局牵头,市财政局、发改委配合,定期开展督查" -> "市农业局牵头,市财政局、发改委配合").
 */
function roleRuns(norm: string, sentence: Span): Span[] {
  const clauses = splitClauses(norm, sentence);
  const isRole = clauses.map((c) => readRoleNote(norm, c, null) !== null);
  const runs: Span[] = [];
  for (let i = 0; i < clauses.length; i++) {
    if (!isRole[i] || !RUN_OPENER.test(norm.slice(clauses[i][0], clauses[i][1]).trim())) continue;
    let j = i;
    while (j + 1 < clauses.length && isRole[j + 1]) j++;
    runs.push([clauses[i][0], clauses[j][1]]);
    i = j;
  }
  return runs;
}

/** Unit mentions that prose in `norm[from, to)` assigns through role notes. */
export function findProseRoles(norm: string, span: Span): UnitMention[] {
  const out: UnitMention[] = [];
  // every way prose gives a role needs a role word; most cells and paragraphs have none
  if (!ROLE_HINT.test(norm.slice(span[0], span[1]))) return out;
  const seen = new Set<string>();
  const add = (list: UnitMention[] | null) => {
    for (const m of list ?? []) {
      const key = `${m.span[0]}:${m.span[1]}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(m);
      }
    }
  };
  const notes = parentheticals(norm, span);
  for (const inner of notes) {
    if (ROLE_HINT.test(norm.slice(inner[0], inner[1]))) add(readRoleNote(norm, inner, null));
  }
  for (const sentence of sentences(norm, span)) {
    const text = norm.slice(sentence[0], sentence[1]);
    const unbalanced = text.split("(").length !== text.split(")").length;
    if (unbalanced || text.startsWith("(") || !ROLE_HINT.test(text) || text.length > 120) continue;
    const whole = readRoleNote(norm, sentence, null);
    if (whole) add(whole);
    else for (const run of roleRuns(norm, sentence)) add(readRoleNote(norm, run, null));
  }
  for (const clause of splitClauses(norm, span)) add(readClauseRole(norm, clause));
  const text = norm.slice(span[0], span[1]);
  TOGETHER_WITH.lastIndex = 0;
  for (let m = TOGETHER_WITH.exec(text); m; m = TOGETHER_WITH.exec(text)) {
    const s = span[0] + m.index + 2;
    const names = inheritPrefixes(splitNames(norm, [s, s + m.groups!.units.length]));
    if (names.length && names.every((n) => looksLikeUnit(n.name))) add(names.map((n) => ({ name: n.name, role: "support" as const, span: n.span })));
  }
  OFFICE_SEAT.lastIndex = 0;
  for (let m = OFFICE_SEAT.exec(text); m; m = OFFICE_SEAT.exec(text)) {
    const s = span[0] + m.index + 2;
    const names = inheritPrefixes(splitNames(norm, [s, s + m.groups!.unit.length]));
    add(names.map((n) => ({ name: n.name, role: "owners" as const, span: n.span })));
  }
  return out;
}
