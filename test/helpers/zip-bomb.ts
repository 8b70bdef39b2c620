/**
 * Hostile Office files for tests: a real .xlsx or .docx with one part replaced by a huge, highly compressible
 * one (a zip bomb of the simplest kind), written by a minimal zip writer that deflates the huge part as a stream,
 * so the test never holds it uncompressed.
 */
import { crc32, deflateRawSync } from "node:zlib";
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import JSZip from "jszip";

interface Entry {
  name: string;
  compressed: Buffer;
  crc: number;
  size: number;
}

function entryOf(name: string, data: Buffer): Entry {
  return { name, compressed: deflateRawSync(data), crc: crc32(data), size: data.length };
}

/** `prefix`, then `filler` repeated to about `megabytes` MB, then `suffix`, deflated chunk by chunk. */
function hugeEntry(name: string, prefix: string, filler: string, megabytes: number, suffix: string): Entry {
  const chunk = Buffer.from(filler.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(filler))));
  const parts = [Buffer.from(prefix), ...Array.from({ length: megabytes }, () => chunk), Buffer.from(suffix)];
  let crc = 0;
  let size = 0;
  for (const part of parts) {
    crc = crc32(part, crc);
    size += part.length;
  }
  return { name, compressed: deflateRawSync(Buffer.concat(parts), { level: 9 }), crc, size };
}

/** The bytes of a zip of the entries (no zip64: every size under 4 GB). */
function zipOf(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.compressed.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.compressed);
    centrals.push(central, name);
    offset += local.length + name.length + e.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Rebuilds a real Office file with `part` replaced by the huge entry. */
async function withHugePart(bytes: Buffer, huge: Entry): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const entries: Entry[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir || name === huge.name) continue;
    entries.push(entryOf(name, await file.async("nodebuffer")));
  }
  return zipOf([...entries, huge]);
}

const SHEET_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

/** A real one-sheet .xlsx whose sheet is replaced by `start`, `filler` repeated to about `megabytes` MB, and `end`. */
async function xlsxWithHugeSheet(start: string, filler: string, megabytes: number, end: string, lying: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("任务").getCell("A1").value = "x";
  const real = Buffer.from(await workbook.xlsx.writeBuffer());
  const sheet = hugeEntry("xl/worksheets/sheet1.xml", `${SHEET_START}${start}`, filler, megabytes, `${end}</sheetData></worksheet>`);
  return withHugePart(real, lying ? { ...sheet, size: 1024 } : sheet);
}

/** An .xlsx whose first sheet's cell A1 holds about `megabytes` MB of text; `lying` declares the sheet 1 KB in the zip's headers. */
export function oneCellBombXlsx(megabytes: number, options: { lying?: boolean } = {}): Promise<Buffer> {
  return xlsxWithHugeSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>', "重点任务推进", megabytes, "</t></is></c></row>", options.lying ?? false);
}

/** An .xlsx of about `megabytes` MB of repeated rows in its first sheet. */
export function repeatedRowsBombXlsx(megabytes: number): Promise<Buffer> {
  const row = '<row><c t="inlineStr"><is><t>1</t></is></c><c t="inlineStr"><is><t>推进工作</t></is></c></row>';
  return xlsxWithHugeSheet("", row, megabytes, "", false);
}

/** A .docx whose body is about `megabytes` MB of one paragraph's text. */
export async function docxBomb(megabytes: number): Promise<Buffer> {
  const real = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("x")] }] }));
  const body = hugeEntry(
    "word/document.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>',
    "推进重点任务落实",
    megabytes,
    "</w:t></w:r></w:p></w:body></w:document>",
  );
  return withHugePart(real, body);
}
