/**
 * The structured plan a policy document yields (../shared/extraction/SCHEMA.md), plus source spans.
 * Every span is `[start, end)` into the original text given to `extractPlan`, so the review screen can
 * highlight it: `text.slice(start, end)` gives back the quoted source.
 */
export type Span = [start: number, end: number];

export const ITEM_KINDS = ["goal", "task"] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const UNIT_ROLES = ["lead", "support", "owners"] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];

export const COMPARISONS = [">=", "<=", "~", "="] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const CHANGES = ["up", "down"] as const;
export type Change = (typeof CHANGES)[number];

/** A quantitative target: SCHEMA.md fields plus where each came from. */
export interface Target {
  quote: string;
  metric: string | null;
  scope: string | null;
  value: number;
  unit: string | null;
  cmp: Comparison;
  change: Change | null;
  aspirational: boolean;
  /** span of `quote` */
  span: Span;
  /** span of the number as written (e.g. "8", "十六", "三分之一") */
  valueSpan: Span;
  /** span of the metric when it is verbatim in the quote's neighbourhood, else null (inherited metric) */
  metricSpan: Span | null;
}

/** One mention of a unit with a role. `name` is normalised (prefix inherited), `span` covers the words as written. */
export interface UnitMention {
  name: string;
  role: UnitRole;
  span: Span;
}

/** A time expression that bounds or repeats an item, verbatim. */
export interface TimeMention {
  text: string;
  span: Span;
}

export interface Item {
  /** stable within a document: the path joined, e.g. "一/(一)/1"; used to match versions on re-import */
  id: string;
  path: string[];
  kind: ItemKind;
  heading: string | null;
  anchor: string;
  lead: string[];
  support: string[];
  owners: string[];
  targets: Target[];
  when: string[];
  /** the item's own text (marker to the start of the next item) */
  span: Span;
  headingSpan: Span | null;
  units: UnitMention[];
  times: TimeMention[];
  /** a table row's cells as read, each under its column: what the review screen highlights in the source */
  cells: ItemCell[];
}

/** One cell of a table row: where it stands, the header of its column and what the column holds. */
export interface ItemCell {
  span: Span;
  column: string;
  role: string;
}

export interface Meta {
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  /** ISO date YYYY-MM-DD */
  date: string | null;
  period: [number, number] | null;
  spans: {
    title: Span | null;
    issuer: Span | null;
    docNumber: Span | null;
    date: Span | null;
    period: Span | null;
  };
}

export interface Plan {
  doc: string;
  meta: Meta;
  items: Item[];
  /** human-readable notes in Chinese and English, e.g. when no numbering was found */
  warnings: string[];
}

export interface ExtractOptions {
  /** the document name written into `Plan.doc` */
  doc?: string;
}
