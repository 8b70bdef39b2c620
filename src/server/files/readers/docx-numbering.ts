/**
 * Word's automatic list numbers written back into the text. A paragraph numbered by Word (一、 (一) 1.) keeps
 * its number in numbering.xml, not in its text, and mammoth drops it; without it the parser sees no outline.
 * This counts the numbered paragraphs as Word does and inserts each one's label as literal text.
 */
import JSZip from "jszip";
import { formatListNumber } from "./list-number-formats.ts";

interface Level {
  format: string;
  text: string;
  start: number;
  suffix: string;
  /** the paragraph style this level belongs to (Word headings linked to a list) */
  style: string | null;
}

interface Definitions {
  /** abstractNumId → level index → level */
  abstracts: Map<string, Map<number, Level>>;
  /** numId → abstractNumId and start overrides */
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
  /** paragraph styleId → its list, inherited through basedOn */
  styles: Map<string, { numId: string | null; level: number | null }>;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (whole, hex: string, dec: string, name: string) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return ENTITIES[name] ?? whole;
  });
}

function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The w:val of the first `<w:tag w:val="…"/>` inside `xml`. */
function valueOf(xml: string, tag: string): string | null {
  const match = new RegExp(`<w:${tag}\\b[^>]*?\\bw:val="([^"]*)"`).exec(xml);
  return match ? unescapeXml(match[1]) : null;
}

/** Every `<w:tag …>…</w:tag>` element in `xml` with its attributes text and body. */
function* elements(xml: string, tag: string): Generator<{ attributes: string; body: string }> {
  const pattern = new RegExp(`<w:${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</w:${tag}>)`, "g");
  for (const match of xml.matchAll(pattern)) yield { attributes: match[1], body: match[2] ?? "" };
}

function attribute(attributes: string, name: string): string | null {
  return new RegExp(`\\bw:${name}="([^"]*)"`).exec(attributes)?.[1] ?? null;
}

function readLevels(body: string): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const level of elements(body, "lvl")) {
    levels.set(Number(attribute(level.attributes, "ilvl") ?? 0), {
      format: valueOf(level.body, "numFmt") ?? "decimal",
      text: valueOf(level.body, "lvlText") ?? "",
      start: Number(valueOf(level.body, "start") ?? 1),
      suffix: valueOf(level.body, "suff") ?? "tab",
      style: valueOf(level.body, "pStyle"),
    });
  }
  return levels;
}

/** The numPr of a pPr or style: numId and ilvl, each null when absent. */
function numberingOf(properties: string): { numId: string | null; level: number | null } | null {
  const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(properties)?.[1];
  if (numPr === undefined) return null;
  const level = valueOf(numPr, "ilvl");
  return { numId: valueOf(numPr, "numId"), level: level === null ? null : Number(level) };
}

function readStyles(stylesXml: string): Definitions["styles"] {
  const own = new Map<string, { numId: string | null; level: number | null; basedOn: string | null }>();
  for (const style of elements(stylesXml, "style")) {
    const id = attribute(style.attributes, "styleId");
    if (!id) continue;
    const numbering = numberingOf(style.body);
    own.set(id, { numId: numbering?.numId ?? null, level: numbering?.level ?? null, basedOn: valueOf(style.body, "basedOn") });
  }
  const resolved: Definitions["styles"] = new Map();
  for (const id of own.keys()) {
    let style = own.get(id);
    for (let depth = 0; style && !style.numId && style.basedOn && depth < 10; depth++) style = own.get(style.basedOn);
    if (style?.numId) resolved.set(id, { numId: style.numId, level: style.level });
  }
  return resolved;
}

function readDefinitions(numberingXml: string, stylesXml: string): Definitions {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstract of elements(numberingXml, "abstractNum")) {
    abstracts.set(attribute(abstract.attributes, "abstractNumId") ?? "", readLevels(abstract.body));
  }
  const nums: Definitions["nums"] = new Map();
  for (const num of elements(numberingXml, "num")) {
    const starts = new Map<number, number>();
    for (const override of elements(num.body, "lvlOverride")) {
      const start = valueOf(override.body, "startOverride");
      if (start !== null) starts.set(Number(attribute(override.attributes, "ilvl") ?? 0), Number(start));
    }
    nums.set(attribute(num.attributes, "numId") ?? "", { abstract: valueOf(num.body, "abstractNumId") ?? "", starts });
  }
  return { abstracts, nums, styles: readStyles(stylesXml) };
}

/** Counts numbered paragraphs as Word does: per list, each level counts up and resets the levels below it. */
class ListCounter {
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly definitions: Definitions) {}

  /** The label of the next paragraph at `level` of list `numId`, e.g. "(二)", or null for bullets and unknown lists. */
  next(numId: string, level: number): string | null {
    const num = this.definitions.nums.get(numId);
    const levels = num && this.definitions.abstracts.get(num.abstract);
    const definition = levels?.get(level);
    if (!num || !levels || !definition || definition.format === "bullet") return null;
    const startOf = (i: number) => num.starts.get(i) ?? levels.get(i)?.start ?? 1;
    const key = num.starts.size > 0 ? `num:${numId}` : `abstract:${num.abstract}`;
    const counts = this.counts.get(key) ?? [];
    counts[level] = counts[level] === undefined ? startOf(level) : counts[level] + 1;
    counts.length = level + 1;
    this.counts.set(key, counts);
    const label = definition.text.replace(/%(\d)/g, (_, digit: string) => {
      const i = Number(digit) - 1;
      return formatListNumber(levels.get(i)?.format ?? "decimal", counts[i] ?? startOf(i));
    });
    const separated = definition.suffix !== "nothing" && /[\w.]$/.test(label);
    return separated ? `${label} ` : label;
  }
}

/** A paragraph's opening tag and its properties (always its first child). */
const PARAGRAPH_START = /<w:p(?=[\s>])[^>]*>(?:\s*<w:pPr>([\s\S]*?)<\/w:pPr>)?/g;

/** The document body with each auto-numbered paragraph's label inserted as its first run. */
function numberParagraphs(documentXml: string, definitions: Definitions): string {
  const counter = new ListCounter(definitions);
  return documentXml.replace(PARAGRAPH_START, (opening: string, properties: string | undefined) => {
    if (!properties || properties.includes("<w:pPrChange")) return opening;
    const styleId = valueOf(properties, "pStyle");
    const style = styleId ? definitions.styles.get(styleId) : undefined;
    const own = numberingOf(properties);
    const numId = own?.numId ?? style?.numId;
    if (!numId || numId === "0") return opening;
    const styleLevel = styleId ? levelOfStyle(definitions, numId, styleId) : null;
    const level = own?.level ?? style?.level ?? styleLevel ?? 0;
    const label = counter.next(numId, level);
    return label ? `${opening}<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>` : opening;
  });
}

/** The level of list `numId` linked to paragraph style `styleId` (a heading style bound to a list level). */
function levelOfStyle(definitions: Definitions, numId: string, styleId: string): number | null {
  const abstract = definitions.abstracts.get(definitions.nums.get(numId)?.abstract ?? "");
  for (const [index, level] of abstract ?? []) if (level.style === styleId) return index;
  return null;
}

/** The .docx with Word's list numbers written into its paragraphs; unchanged when it has no numbered lists. */
export async function withListNumbers(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const numbering = await zip.file("word/numbering.xml")?.async("string");
  const document = await zip.file("word/document.xml")?.async("string");
  if (!numbering || !document) return bytes;
  const styles = (await zip.file("word/styles.xml")?.async("string")) ?? "";
  zip.file("word/document.xml", numberParagraphs(document, readDefinitions(numbering, styles)));
  return zip.generateAsync({ type: "uint8array" });
}
