/**
 * The document readers on files made by LibreOffice (see test/fixtures/files/README.md): the text a user's
 * .txt/.docx/.pdf/.xlsx/.html yields, and the one-line errors for files that cannot be read.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AppError } from "../../src/server/errors.ts";
import { readDocument } from "../../src/server/files/readers/read-document.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/files/${name}`, import.meta.url)));
const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), "utf8");
const lines = (text: string) => text.split("\n");
/** Lines compared without whitespace: formats differ in spaces, never in words. */
const squeezed = (text: string) => lines(text).map((line) => line.replace(/\s/g, ""));

async function readError(bytes: Uint8Array, name: string, maxBytes?: number): Promise<AppError> {
  const error = await readDocument(bytes, name, { maxBytes }).then(
    () => null,
    (thrown: AppError) => thrown,
  );
  if (!error) throw new Error(`${name} was read without error`);
  return error;
}

const SEED_002_ITEM =
  "(一)工业实现平稳增长,经济运行处在合理区间。增长态势平稳,规模以上工业增加值年均增长8%以上。";

describe(".txt", () => {
  it("reads GB18030/GBK bytes as the same text the UTF-8 seed holds", async () => {
    const read = await readDocument(fixture("seed-000-gbk.txt"), "seed-000-gbk.txt");
    expect(read.format).toBe("txt");
    expect(read.text).toBe(seed("000_b47b211a24cbbf1b.txt"));
    expect(lines(read.text)).toContain("4、全部工业生产性投资80亿元,力争85亿元。");
  });

  it("still reads a GBK file cut in the middle of a character, marking only the broken end", async () => {
    const whole = fixture("seed-000-gbk.txt");
    // step over whole characters (ASCII one byte, Chinese two) to the first Chinese one past 5000 bytes
    let start = 0;
    while (start < 5000 || whole[start] < 0x81) start += whole[start] < 0x81 ? 1 : 2;
    const cut = whole.subarray(0, start + 1);
    const read = await readDocument(cut, "seed-000-gbk.txt");
    expect(read.text).toBe(`${new TextDecoder("gb18030").decode(whole.subarray(0, start))}\ufffd`);
    expect(read.text).toContain("4、全部工业生产性投资80亿元,力争85亿元。");
  });

  it("drops a UTF-8 byte-order mark and turns CRLF into LF", async () => {
    const body = "一、工作目标\r\n(一)新增规上工业企业不少于20家。\r\n";
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
    const read = await readDocument(bytes, "notice.txt");
    expect(read.text).toBe("一、工作目标\n(一)新增规上工业企业不少于20家。\n");
  });

  it("reads UTF-16 text saved by Windows Notepad as Unicode", async () => {
    const body = "二、重点任务\n1.市经信局牵头";
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(body, "utf16le"))]);
    expect((await readDocument(utf16, "notice.txt")).text).toBe(body);
  });
});

describe(".docx", () => {
  it("reads the paragraphs of a seed saved by LibreOffice Writer", async () => {
    const read = await readDocument(fixture("seed-002.docx"), "seed-002.docx");
    expect(read.format).toBe("docx");
    const docLines = lines(read.text);
    expect(docLines).toContain("一、工作目标");
    expect(docLines).toContain("三、组织保障");
    expect(docLines.some((line) => line.startsWith(SEED_002_ITEM))).toBe(true);
    expect(docLines[1]).toBe("索 引 号: 011217651/2018-00461 文 号: 鄂州政发〔2018〕19号");
  });

  it("turns each table row into one line of cells joined by ' | ', repeating a cell merged down", async () => {
    const docLines = lines((await readDocument(fixture("task-table.docx"), "task-table.docx")).text);
    expect(docLines).toEqual([
      "某市2024年制造业高质量发展重点任务分解表",
      "为确保全年目标任务落到实处,现将重点任务分解如下,请各牵头单位会同配合单位抓好落实。",
      "序号 | 任务 | 牵头单位 | 配合单位 | 完成时限",
      "1 | 规模以上工业增加值增长8%以上 | 市经信局 | 市统计局、各区人民政府 | 2024年12月底前",
      "2 | 新增规上工业企业不少于20家 | 市经信局 | 市市场监管局 | 2024年12月底前",
      "3 | 工业投资增长10%以上,技改投资增长12%以上 | 市发改委 | 市经信局 | 每季度",
      "4 | 建成省级以上企业技术中心5家 | 市发改委 | 市科技局 | 2024年11月底前",
      "各单位每月5日前报送上月进展情况。",
    ]);
  });
});

describe(".docx holding a table typed as pipe rows", () => {
  it("keeps the typed pipes, which the parser reads as table rows", async () => {
    const read = await readDocument(fixture("pipe-rows.docx"), "pipe-rows.docx");
    expect(lines(read.text)).toEqual([
      "附件1 重点任务分解表",
      "序号 | 重点任务 | 牵头单位 | 配合单位",
      "1 | 新增规上工业企业不少于20家 | 市经信局 | 市统计局",
    ]);
  });
});

describe(".docx with Word's automatic numbering", () => {
  const NUMBERED = [
    "某区2024年工业稳增长工作方案",
    "一、工作目标",
    "(一)全区规模以上工业增加值增长8%以上。",
    "(二)新增规上工业企业不少于20家。",
    "二、重点任务",
    "(一)加强运行调度。",
    "1.建立重点企业联系制度。(牵头单位:区经信局;配合单位:区统计局)",
    "2.每月通报运行情况。(责任单位:区经信局)",
    "各单位要高度重视。",
  ];

  it("writes the list numbers Word keeps outside the text back in front of each paragraph", async () => {
    const read = await readDocument(fixture("numbered.docx"), "numbered.docx");
    expect(lines(read.text)).toEqual(NUMBERED);
  });

  it("gives the same numbers LibreOffice prints into the PDF of that document", async () => {
    const read = await readDocument(fixture("numbered.pdf"), "numbered.pdf");
    expect(squeezed(read.text)).toEqual(NUMBERED);
  });
});

describe(".pdf", () => {
  it("rebuilds the paragraphs of a LibreOffice PDF: the same lines as the .docx it was printed from", async () => {
    const pdf = await readDocument(fixture("seed-002.pdf"), "seed-002.pdf");
    const docx = await readDocument(fixture("seed-002.docx"), "seed-002.docx");
    expect(pdf.format).toBe("pdf");
    expect(squeezed(pdf.text)).toEqual(squeezed(docx.text));
    // automatic spacing between Chinese and digits is not text: "增长8%" not "增长 8%"
    expect(lines(pdf.text).some((line) => line.startsWith(SEED_002_ITEM))).toBe(true);
  });
});

describe(".pdf with page furniture", () => {
  it("drops the running header and footer and joins paragraphs across pages: the seed's own lines", async () => {
    const pdf = await readDocument(fixture("seed-002-paged.pdf"), "seed-002-paged.pdf");
    const seedLines = seed("002_09c50576f1e921a4.txt").split("\n").filter((line) => line.trim());
    expect(squeezed(pdf.text)).toEqual(seedLines.map((line) => line.replace(/\s/g, "")));
    expect(pdf.text).not.toContain("鄂州市人民政府文件");
    expect(pdf.text).not.toContain("鄂州市人民政府办公室");
  });
});

describe(".pdf laid out as an official document (公文)", () => {
  it("keeps the red header and number, joins the title wrapped over two centred lines and every paragraph", async () => {
    const pdf = await readDocument(fixture("gongwen.pdf"), "gongwen.pdf");
    const seedLines = seed("002_09c50576f1e921a4.txt").split("\n").map((line) => line.trim()).filter(Boolean);
    const title = "鄂州市工业经济稳增长快转型高质量发展工作方案(2018-2020年)";
    // LibreOffice leaves this one line-final "、" out of the PDF's text layer (pdftotext does not see it either)
    const body = seedLines
      .slice(seedLines.indexOf(title) + 1, -1)
      .map((line) => line.replace("科学研究院、企业技术中心等各类", "科学研究院企业技术中心等各类"));
    expect(squeezed(pdf.text)).toEqual(
      ["鄂州市人民政府文件", "鄂州政发〔2018〕19号", title, "各区人民政府,开发区管委会,各街道办事处,市政府各部门:", ...body, "鄂州市人民政府", "2018年12月24日"].map(
        (line) => line.replace(/\s/g, ""),
      ),
    );
  });
});

describe(".xlsx", () => {
  it("reads a task table converted from CSV: one line per row", async () => {
    const read = await readDocument(fixture("task-table.xlsx"), "task-table.xlsx");
    expect(read.format).toBe("xlsx");
    expect(lines(read.text)).toEqual([
      "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限",
      "1 | 规模以上工业增加值增长8%以上 | 市经信局 | 市统计局、各区人民政府 | 2024年12月底前",
      "2 | 新增规上工业企业不少于20家 | 市经信局 | 市市场监管局 | 2024年12月底前",
      "3 | 工业投资增长10%以上,技改投资增长12%以上 | 市发改委 | 市经信局 | 每季度",
    ]);
  });

  it("reads every sheet, writes a title merged across once, repeats a unit merged down, lists units stacked in a cell with 、, shows percentages and dates as the sheet does", async () => {
    const read = await readDocument(fixture("workbook.xlsx"), "workbook.xlsx");
    expect(lines(read.text)).toEqual([
      "附件1 重点任务分解表",
      "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限",
      "1 | 实施百家企业技术改造行动,技改投资增长12%以上 | 市经信局 | 市发改委、市财政局 | 2024年12月底前",
      "2 | 培育省级隐形冠军企业30家以上 | 市经信局 | 市科技局、各区人民政府 | 每年",
      "",
      "指标 | 目标值 | 责任单位",
      "规模以上工业增加值增速(%) | 8.5 | 市经信局",
      "",
      "指标 | 目标 | 截止日期",
      "技改投资增速 | 12.5% | 2024-12-31",
    ]);
  });
});

describe(".html", () => {
  it("lists units stacked line by line in a cell with 、, and joins a sentence broken over lines", async () => {
    const page = `<table><tr><td>1</td><td>实施技术改造行动,<br>技改投资增长12%以上</td><td>市财政局<br>市税务局</td></tr></table>`;
    const read = await readDocument(new TextEncoder().encode(page), "tasks.html");
    expect(read.text).toBe("1 | 实施技术改造行动,技改投资增长12%以上 | 市财政局、市税务局");
  });

  it("reads a saved GB2312 government page: its metadata as a header block, no scripts, menus, link lists, share bar or footer", async () => {
    const read = await readDocument(fixture("gov-page.html"), "gov-page.html");
    expect(read.format).toBe("html");
    const pageLines = lines(read.text);
    expect(pageLines.slice(0, 3)).toEqual([
      "标题:关于印发《某市促进工业稳增长工作方案》的通知",
      "发布单位:某市人民政府办公室",
      "发布日期:2019-03-15",
    ]);
    expect(pageLines).toContain("文号:某政办发〔2019〕8号");
    expect(pageLines).toContain("发布日期:2019-03-15");
    expect(pageLines).toContain("关于印发《某市促进工业稳增长工作方案》的通知");
    expect(pageLines).toContain("全年规模以上工业增加值增长7.5%左右,工业投资增长10%以上。");
    expect(pageLines).toContain(
      "(一)加强运行调度。建立重点企业联系制度,每月通报运行情况。(牵头单位:市经信局;配合单位:市统计局、市发改委)",
    );
    expect(pageLines).toContain("某市人民政府办公室");
    expect(pageLines).toContain("2019年3月12日");
    // the site bar and the related-links box are nearly all links
    for (const chrome of ["document.write", "font-size", "办事服务", "分享到", "备案号", "DOCTYPE", "门户网站", "相关链接", "十条措施"]) {
      expect(read.text).not.toContain(chrome);
    }
  });

  it("reads a page laid out with tables as blocks, its menus dropped and its data table still as rows", async () => {
    const read = await readDocument(fixture("gov-page-tables.html"), "gov-page-tables.html");
    expect(lines(read.text)).toEqual([
      "标题:某县人民政府办公室关于印发某县2012年工业经济工作要点的通知",
      "某县人民政府办公室关于印发某县2012年工业经济工作要点的通知",
      "某政办发〔2012〕15号",
      "各乡镇人民政府,县直各单位:",
      "《某县2012年工业经济工作要点》已经县政府同意,现印发给你们,请认真贯彻落实。",
      "某县人民政府办公室",
      "2012年3月5日",
      "某县2012年工业经济工作要点",
      "一、主要目标",
      "全县规模以上工业增加值增长15%以上,新增规模以上工业企业12家。",
      "二、重点工作",
      "(一)抓好项目建设。全年实施亿元以上工业项目20个,完成工业投资50亿元。(责任单位:县发改局、县经信局)",
      "(二)培育骨干企业。力争销售收入超10亿元企业达到3家。(责任单位:县经信局)",
      "三、任务分解",
      "序号 | 工作任务 | 牵头单位 | 配合单位",
      "1 | 新增规模以上工业企业12家 | 县经信局 | 县统计局、各乡镇人民政府",
      "2 | 完成工业投资50亿元 | 县发改局 | 县经信局",
      "主办:某县人民政府办公室 地址:某县人民路1号 电话:0000-1234567",
    ]);
  });

  it("reads a page LibreOffice exported (text in <pre>) as the same lines as the .docx", async () => {
    const html = await readDocument(fixture("seed-002.html"), "seed-002.html");
    const docx = await readDocument(fixture("seed-002.docx"), "seed-002.docx");
    expect(squeezed(html.text)).toEqual(squeezed(docx.text));
  });
});

describe("choosing the reader", () => {
  it("sniffs the format of a file without an extension", async () => {
    expect((await readDocument(fixture("seed-002.pdf"), "upload")).format).toBe("pdf");
    expect((await readDocument(fixture("task-table.docx"), "upload")).format).toBe("docx");
    expect((await readDocument(fixture("gov-page.html"), "upload")).format).toBe("html");
  });

  it("believes the content over the extension when an .xlsx was renamed .docx", async () => {
    const read = await readDocument(fixture("task-table.xlsx"), "tasks.docx");
    expect(read.format).toBe("xlsx");
    expect(read.text).toContain("2 | 新增规上工业企业不少于20家 | 市经信局");
  });
});

describe("files that cannot be read", () => {
  const half = (bytes: Uint8Array) => bytes.subarray(0, Math.floor(bytes.length / 2));

  it.each([
    ["an empty file", "files.empty", new Uint8Array(0), "notice.txt"],
    ["blank text", "files.no_text", new TextEncoder().encode(" \n\u3000\n"), "notice.txt"],
    ["a PDF named .txt", "files.binary_text", fixture("seed-002.pdf"), "notice.txt"],
    ["random bytes named .txt", "files.binary_text", new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256), "notice.txt"],
    ["a scanned .pdf (a page image, no text layer)", "files.no_text", fixture("scanned.pdf"), "scan.pdf"],
    ["a truncated .docx", "files.corrupt", half(fixture("seed-002.docx")), "seed.docx"],
    ["a truncated .pdf", "files.corrupt", half(fixture("seed-002.pdf")), "seed.pdf"],
    ["a truncated .xlsx", "files.corrupt", half(fixture("task-table.xlsx")), "tasks.xlsx"],
    ["an old Word .doc", "files.unsupported_type", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "notice.doc"],
    ["unknown bytes without an extension", "files.unsupported_type", new Uint8Array([1, 2, 3]), "upload"],
  ])("%s gives %s", async (_, code, bytes, name) => {
    const error = await readError(bytes, name);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(error.messageEn).toMatch(/^[\x20-\x7e]+$/);
    expect(`${error.message}${error.messageEn}`).not.toContain("\n");
  });

  it("tells what to save an old Office or WPS file as", async () => {
    const doc = await readError(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), "通知.doc");
    expect(doc.messageEn).toBe("Old .doc files are not supported; save the file as .docx in Office or WPS first");
    const et = await readError(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), "任务表.et");
    expect(et.message).toBe("不支持旧版 .et 文件,请在 Office 或 WPS 中另存为 .xlsx 后再导入");
  });

  it("refuses a file over the size limit before reading it", async () => {
    const error = await readError(fixture("seed-002.pdf"), "seed.pdf", 100_000);
    expect(error.code).toBe("files.too_large");
    expect(error.status).toBe(413);
    expect(error.messageEn).toBe("The file is 0.2 MB, over the 0.1 MB limit");
  });
});
