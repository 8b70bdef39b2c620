/**
 * Numbering markers at the start of a line: 一、 (一) 1、 1. (1) ①. Each kind is one pattern with named
 * groups; `label` is the marker as the path shows it (punctuation dropped, parentheses kept).
 */

/** Numbering kinds: 一、 (一) 1、/1. (1) ①. */
export const MARKER_KINDS = ["cn", "cnParen", "num", "numParen", "circled"] as const;
/** One numbering kind. */
export type MarkerKind = (typeof MARKER_KINDS)[number];

/** A numbering marker read at a line's start. */
export interface Marker {
  kind: MarkerKind;
  label: string;
  /** the marker's value as a number (一 -> 1, ③ -> 3) */
  value: number;
  /** characters the marker takes, punctuation and following spaces included */
  length: number;
}

const CN_DIGITS = "零一二三四五六七八九";

/** 一..九十九 as a number, or NaN. */
export function smallChineseNumber(s: string): number {
  if (/^十$/.test(s)) return 10;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s.length === 0) return NaN;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? CN_DIGITS.indexOf(tens) : NaN;
  return (tens ? CN_DIGITS.indexOf(tens) : 1) * 10 + (ones ? CN_DIGITS.indexOf(ones) : 0);
}

interface MarkerRule {
  kind: MarkerKind;
  pattern: RegExp;
  label(m: RegExpExecArray): string;
  value(m: RegExpExecArray): number;
}

const CN = "[一二三四五六七八九十]{1,3}";

/** The marker rules, tried in order; each must match at the start of a trimmed line. */
export const MARKER_RULES: MarkerRule[] = [
  {
    kind: "cnParen",
    pattern: new RegExp(`^\\((?<n>${CN})\\)\\s*`),
    label: (m) => `(${m.groups!.n})`,
    value: (m) => smallChineseNumber(m.groups!.n),
  },
  {
    kind: "cn",
    pattern: new RegExp(`^(?<n>${CN})\\s*[、,.]\\s*`),
    label: (m) => m.groups!.n,
    value: (m) => smallChineseNumber(m.groups!.n),
  },
  {
    kind: "numParen",
    pattern: /^\((?<n>\d{1,3})\)\s*/,
    label: (m) => `(${m.groups!.n})`,
    value: (m) => Number(m.groups!.n),
  },
  {
    kind: "num",
    // "5.123工程…" is item 5 titled 123工程; "2.5亿元" is a number (a measure unit follows the digits)
    pattern: /^(?<n>\d{1,3})(?:\s*[、]|\.(?!\d)|\.(?=\d+[\u4e00-\u9fff“"《])(?!\d+(?:[万亿千百]|%|元|个|家|项|吨|公里|米|平方|亩|人|台|辆|倍|年|月|日|号))|\s+(?=[\u4e00-\u9fff“"《(]))\s*/,
    label: (m) => m.groups!.n,
    value: (m) => Number(m.groups!.n),
  },
  {
    kind: "circled",
    pattern: /^(?<n>[\u2460-\u2473])\s*/,
    label: (m) => m.groups!.n,
    value: (m) => m.groups!.n.charCodeAt(0) - 0x245f,
  },
];

/** Reads the numbering marker at the start of `text`, or null. */
export function readMarker(text: string): Marker | null {
  for (const rule of MARKER_RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const value = rule.value(m);
    if (!Number.isFinite(value) || value <= 0) continue;
    const rest = text.slice(m[0].length);
    if (rest.length === 0 && rule.kind !== "num") return null;
    if (rule.kind !== "numParen" && rule.kind !== "cnParen" && /^[年月日号%]/.test(rest)) continue;
    return { kind: rule.kind, label: rule.label(m), value, length: m[0].length };
  }
  return null;
}
