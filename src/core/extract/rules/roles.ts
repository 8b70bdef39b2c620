/**
 * Role clauses: who leads (牵头), who supports (配合, 协办, 参与, 会同) and who owns the work (负责,
 * 负责实施, 责任单位, 组织落实, 共同实施). Only role words assign units; the subject of "X要…" gets none.
 * A clause is "UNITS + role word" ("市经贸委牵头"), "由UNITS + role word", "会同UNITS + role word" or
 * "label: UNITS" ("牵头单位:X"); a role clause without a role word continues the role before it.
 */
import type { Span, UnitMention, UnitRole } from "../types.ts";
import { inheritPrefixes, looksLikeUnit, splitNames, type NamePiece } from "./unit-names.ts";

/** Labels written before the units ("责任单位:X"). */
export const ROLE_LABELS: [RegExp, UnitRole][] = [
  [/^(牵头(责任)?(单位|部门)|主责(单位|部门))\s*[:]\s*/, "lead"],
  [/^(配合(单位|部门)|协办(单位|部门)|参与(单位|部门)|协同(单位|部门)|支撑(单位|部门)|支持(单位|部门)|协作(单位|部门))\s*[:]\s*/, "support"],
  [/^(责任(单位|部门|主体)|负责(单位|部门)|实施(单位|主体)|承办(单位|部门))\s*[:]\s*/, "owners"],
];

/** Role words written after the units, longest first. */
export const ROLE_WORDS: [RegExp, UnitRole][] = [
  [/为牵头(单位|部门)$/, "lead"],
  [/为(配合|协办)(单位|部门)$/, "support"],
  [/为责任(单位|部门|主体)$/, "owners"],
  [/(分别|共同|联合)?牵头(负责|组织落实|组织实施|[\u4e00-\u9fff]{0,4})$/, "lead"],
  [/(积极|共同|协同|负责)?(配合|协办|参与|协助)(组织落实|组织实施|[\u4e00-\u9fff]{0,4})$/, "support"],
  [/(负责实施|共同实施|组织落实|组织实施|负责落实|具体负责|共同负责|分别负责|负责)(工作|[\u4e00-\u9fff]{0,4})$/, "owners"],
  [/(抓好|具体|共同|分别)?落实$/, "owners"],
];

const SUPPORT_OPENER = /^会同/;

/** "市发改委(牵头)" inside a list: the mark gives that name its role. */
const ROLE_MARK = /\((牵头|主责|配合|协办)(单位|部门)?\)$/;

/** A clause of a role note that only gives a deadline ("2024年底前完成"). */
const TIME_CLAUSE = /^[\d一二三四五六七八九十〇○]{1,4}(年|月)[^,;]{0,12}(前|内|底|完成)/;

function isTimeClause(text: string): boolean {
  return TIME_CLAUSE.test(text.trim()) || /^(长期|持续|每年|每季度|每月|年内|全年)/.test(text.trim());
}

/** One clause of a role note: the role and where its unit list stands. */
export interface RoleClause {
  role: UnitRole;
  units: Span;
  /** true for "label: units" (and the clauses continuing one), whose role carries on to the clauses after it */
  labelled: boolean;
}

/** Reads one clause `norm[from, to)` as a role clause, or null. `carry` is the role of the previous clause. */
export function readRoleClause(norm: string, [from, to]: Span, carry: UnitRole | null): RoleClause | null {
  const text = norm.slice(from, to);
  for (const [re, role] of ROLE_LABELS) {
    const m = re.exec(text);
    if (m) return to - from > m[0].length ? { role, units: [from + m[0].length, to], labelled: true } : null;
  }
  for (const [re, role] of ROLE_WORDS) {
    const m = re.exec(text);
    if (!m) continue;
    let start = from;
    let unitRole = role;
    const opener = SUPPORT_OPENER.exec(text);
    if (opener) {
      start += opener[0].length;
      unitRole = "support";
    } else if (text.startsWith("由")) start += 1;
    const end = from + m.index;
    return end - start >= 2 ? { role: unitRole, units: [start, end], labelled: false } : null;
  }
  return carry && to - from >= 2 ? { role: carry, units: [from, to], labelled: true } : null;
}

/** Where a labelled clause starts inside running text ("牵头单位:X 责任单位:Y"). */
const LABEL_START = /(?:牵头|配合|协办|参与|协同|支撑|支持|协作|责任|负责|实施|承办|主责)(?:责任)?(?:单位|部门|主体)\s*:/g;

/** A role word right before a 、 ends a clause: "X牵头负责、Y组织落实". */
const ROLE_WORD_BEFORE = /(牵头|牵头负责|配合|协办|参与|负责|负责实施|组织落实|组织实施|共同实施|具体落实)$/;

/** Splits a role note into clauses on , ; 。 outside parentheses, on a 、 after a role word, and before every role label. */
export function splitClauses(norm: string, [from, to]: Span): Span[] {
  const cuts = new Set<number>();
  const depthAt: number[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = norm[i];
    depthAt.push(depth);
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && ",;。".includes(ch)) cuts.add(i);
    else if (depth === 0 && ch === "、" && ROLE_WORD_BEFORE.test(norm.slice(Math.max(from, i - 6), i))) cuts.add(i);
  }
  const text = norm.slice(from, to);
  LABEL_START.lastIndex = 0;
  for (let m = LABEL_START.exec(text); m; m = LABEL_START.exec(text)) if (m.index > 0 && depthAt[m.index] === 0) cuts.add(from + m.index - 1);
  const out: Span[] = [];
  let start = from;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const end = ",;。、".includes(norm[cut]) ? cut : cut + 1;
    out.push([start, end]);
    start = cut + 1;
  }
  out.push([start, to]);
  return out.filter(([s, e]) => e > s);
}

/** A clause naming a person ("牵头领导:张三"), which a role note may carry beside its units. */
const PERSON_CLAUSE = /^(牵头|分管|责任|联系|主要)?(领导|责任人|联系人|负责人)\s*:/;

/**
 * Unit mentions of a whole role note (a parenthetical note, a role cell, a role line). `fallback` is
 * the role a clause without role word takes (a table column's role), or null to require role words.
 * Returns null when some clause is not a role clause: then the text is no role note.
 */
export function readRoleNote(norm: string, span: Span, fallback: UnitRole | null): UnitMention[] | null {
  const roles: UnitRole[] = [];
  const pieces: NamePiece[] = [];
  let carry: UnitRole | null = fallback;
  for (const clause of splitClauses(norm, span)) {
    const clauseText = norm.slice(clause[0], clause[1]).trim();
    if (clauseText === "" || isTimeClause(clauseText) || PERSON_CLAUSE.test(clauseText)) continue;
    const rc = readRoleClause(norm, clause, carry);
    if (!rc) return null;
    const all = splitNames(norm, rc.units);
    // one name that reads as no body drops that name only, never the whole note
    const names = fallback === null ? all.filter((n) => looksLikeUnit(n.name.replace(ROLE_MARK, ""))) : all;
    if (names.length === 0 || names.length < all.length / 2) return null;
    for (const n of names) {
      pieces.push(n);
      roles.push(rc.role);
    }
    carry = rc.labelled ? rc.role : fallback;
  }
  return inheritPrefixes(pieces).map((n, i) => {
    const mark = ROLE_MARK.exec(n.name);
    if (!mark) return { name: n.name, role: roles[i], span: n.span };
    return { name: n.name.slice(0, mark.index), role: mark[1] === "牵头" || mark[1] === "主责" ? "lead" : "support", span: [n.span[0], n.span[1] - mark[0].length] };
  });
}
