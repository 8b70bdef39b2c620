/**
 * The national official-document layout (GB/T 9704-2012, 党政机关公文格式) as docx settings, shared by every
 * Word document Luoshi writes (bulletins, rankings): A4, the standard margins, 3号 仿宋 body on a fixed
 * 28.95 pt line, headings in 黑体 and 楷体, and page numbers "— 1 —" at the bottom outside.
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
} from "docx";
import JSZip from "jszip";

/** Millimetres to twentieths of a point (docx "twips"). */
export const mm = (millimetres: number): number => Math.round((millimetres / 25.4) * 1440);

/** Points to docx half-points (the unit of `w:sz`). */
export const pt = (points: number): number => Math.round(points * 2);

/** Chinese type sizes (字号) in points. */
export const TYPE_SIZE = { "2号": 22, "3号": 16, "4号": 14 } as const;

/** A4 portrait with the GB/T 9704 margins; the footer sits 7 mm below the type area. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(23) },
} as const;

/** 22 lines per page over a 225 mm type area: 28.95 pt, written as an exact line height. */
export const BODY_LINE = Math.round((((297 - 37 - 35) / 25.4) * 72 * 20) / 22);

/**
 * 28 characters per line (GB/T 9704 7.1): 3号 is 16 pt but the 156 mm type area holds 442 pt, so each
 * character gives up a quarter point (docx character spacing in twentieths of a point).
 */
export const CHARACTER_SPACING = -5;

/** The font each part of a 公文 uses, with the installed-everywhere fallback written into the font table. */
export const FONTS = {
  title: { name: "方正小标宋简体", fallback: "宋体" },
  body: { name: "仿宋_GB2312", fallback: "仿宋" },
  heading1: { name: "黑体", fallback: "SimHei" },
  heading2: { name: "楷体_GB2312", fallback: "楷体" },
  pageNumber: { name: "宋体", fallback: "SimSun" },
} as const;

/** A run font naming the same face for Latin and East Asian text, so digits match the characters around them. */
export function runFont(name: string) {
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name };
}

/** One body character at 3号, the unit of the two-character first-line indent. */
export const BODY_CHAR = TYPE_SIZE["3号"] * 20;

function pageNumberFooter(align: "right" | "left"): Footer {
  const indent = TYPE_SIZE["4号"] * 20; // 单页码居右空一字, 双页码居左空一字
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === "right" ? { right: indent } : { left: indent },
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            font: runFont(FONTS.pageNumber.name),
            size: pt(TYPE_SIZE["4号"]),
          }),
        ],
      }),
    ],
  });
}

/** The docx font table: each face with its fallback (`w:altName`), so Word and LibreOffice substitute sensibly. */
function fontTableXml(): string {
  const fonts = Object.values(FONTS)
    .map(
      (f) =>
        `<w:font w:name="${f.name}"><w:altName w:val="${f.fallback}"/><w:charset w:val="86"/><w:family w:val="${
          f.name === "黑体" ? "modern" : "roman"
        }"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`
  );
}

/** Packs body paragraphs (and tables) into a .docx in the official layout. */
export async function packOfficialDocument(children: FileChild[], meta: { title: string; creator: string }): Promise<Buffer> {
  const doc = new Document({
    title: meta.title,
    creator: meta.creator,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFont(FONTS.body.name), size: pt(TYPE_SIZE["3号"]), characterSpacing: CHARACTER_SPACING },
          paragraph: { spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
          grid: { linePitch: BODY_LINE },
        },
        footers: { default: pageNumberFooter("right"), even: pageNumberFooter("left") },
        children,
      },
    ],
  });
  const packed = await Packer.toBuffer(doc);
  const zip = await JSZip.loadAsync(packed);
  zip.file("word/fontTable.xml", fontTableXml());
  // No punctuation hanging past the margin (docx cannot write overflowPunct off): LibreOffice drops such characters.
  const styles = await zip.file("word/styles.xml")!.async("string");
  zip.file("word/styles.xml", styles.replace("<w:pPrDefault><w:pPr>", '<w:pPrDefault><w:pPr><w:overflowPunct w:val="0"/>'));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
