import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { officialText } from "./bulletin.blocks.ts";
import { renderBulletin } from "./bulletin.docx.ts";
import { balanceTitle } from "./official-paragraphs.ts";
import { renderBulletinHtml } from "./bulletin.html.ts";
import { sampleBulletin } from "./bulletin.sample.ts";

/** The attributes of the first `<tag …>` in xml, as a record. */
function attrs(xml: string, tag: string): Record<string, string> {
  const match = new RegExp(`<${tag}\\b([^>]*)>`).exec(xml);
  if (!match) throw new Error(`no <${tag}> in the XML`);
  return Object.fromEntries([...match[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** Each paragraph of document.xml with its text, fonts and size. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map(([, p]) => ({
    text: [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""),
    eastAsia: /w:eastAsia="([^"]+)"/.exec(p)?.[1] ?? null,
    size: Number(/<w:sz w:val="(\d+)"/.exec(p)?.[1] ?? NaN),
    jc: /<w:jc w:val="(\w+)"/.exec(p)?.[1] ?? null,
    firstLine: Number(/w:firstLine="(\d+)"/.exec(p)?.[1] ?? 0),
  }));
}

const twipsToMm = (twips: number) => (twips / 1440) * 25.4;

async function open(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const read = (path: string) => zip.file(path)!.async("string");
  return { document: await read("word/document.xml"), styles: await read("word/styles.xml"), zip, read };
}

describe("bulletin .docx in the GB/T 9704 layout", () => {
  it("is A4 with the 37/35/28/26 mm margins", async () => {
    const { document } = await open(await renderBulletin(sampleBulletin()));
    const size = attrs(document, "w:pgSz");
    expect(twipsToMm(Number(size["w:w"]))).toBeCloseTo(210, 0);
    expect(twipsToMm(Number(size["w:h"]))).toBeCloseTo(297, 0);
    const margin = attrs(document, "w:pgMar");
    expect(twipsToMm(Number(margin["w:top"]))).toBeCloseTo(37, 0);
    expect(twipsToMm(Number(margin["w:bottom"]))).toBeCloseTo(35, 0);
    expect(twipsToMm(Number(margin["w:left"]))).toBeCloseTo(28, 0);
    expect(twipsToMm(Number(margin["w:right"]))).toBeCloseTo(26, 0);
  });

  it("sets the body in 3号 仿宋_GB2312 on a fixed 28–29 pt line, first line indented two characters", async () => {
    const { document, styles } = await open(await renderBulletin(sampleBulletin()));
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(styles)![0];
    expect(attrs(defaults, "w:rFonts")["w:eastAsia"]).toBe("仿宋_GB2312");
    expect(attrs(defaults, "w:sz")["w:val"]).toBe("32");
    // 28 characters to the line: 28 × (16 pt − 0.25 pt) = 441 pt fits the 156 mm (442 pt) type area
    const characterSpacing = Number(attrs(/<w:rPrDefault>.*<\/w:rPrDefault>/.exec(defaults)![0], "w:spacing")["w:val"]) / 20;
    expect(28 * (16 + characterSpacing)).toBeLessThanOrEqual(((210 - 28 - 26) / 25.4) * 72);
    expect(29 * (16 + characterSpacing)).toBeGreaterThan(((210 - 28 - 26) / 25.4) * 72);
    const spacing = attrs(/<w:pPrDefault>.*<\/w:pPrDefault>/.exec(defaults)![0], "w:spacing");
    expect(spacing["w:lineRule"]).toBe("exact");
    expect(Number(spacing["w:line"]) / 20).toBeGreaterThanOrEqual(28);
    expect(Number(spacing["w:line"]) / 20).toBeLessThanOrEqual(29);

    const body = paragraphs(document).find((p) => p.text.startsWith("本轮督查共涉及重点任务12项"))!;
    expect(body).toMatchObject({ eastAsia: "仿宋_GB2312", size: 32, firstLine: 640 });
  });

  it("sets the title in 2号 方正小标宋简体 centred and the headings in 黑体 and 楷体", async () => {
    const dto = sampleBulletin();
    const { document } = await open(await renderBulletin(dto));
    const all = paragraphs(document);
    expect(all.find((p) => p.text === dto.title)).toMatchObject({ eastAsia: "方正小标宋简体", size: 44, jc: "center" });
    const first = all.filter((p) => /^[一二三四五六七八九十]+、/.test(p.text));
    expect(first.map((p) => p.text)).toEqual([
      "一、总体情况",
      "二、已完成事项",
      "三、进度滞后事项",
      "四、逾期未报送单位",
      "五、需协调解决的问题",
      "六、下步工作要求",
    ]);
    for (const heading of first) expect(heading).toMatchObject({ eastAsia: "黑体", size: 32 });
    const second = all.filter((p) => /^（[一二三四五六七八九十]+）/.test(p.text));
    expect(second.map((p) => p.text)).toEqual(["（一）严重滞后事项（2项）", "（二）进度滞后事项（2项）"]);
    for (const heading of second) expect(heading).toMatchObject({ eastAsia: "楷体_GB2312", size: 32 });
  });

  it("declares the fallback fonts and numbers pages “— n —” in 4号 宋体, odd pages right and even pages left", async () => {
    const { document, read } = await open(await renderBulletin(sampleBulletin()));
    const fontTable = await read("word/fontTable.xml");
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    const rels = await read("word/_rels/document.xml.rels");
    const footer = async (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(document)![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
      return read(`word/${target}`);
    };
    for (const [type, side] of [["default", "right"], ["even", "left"]] as const) {
      const xml = await footer(type);
      expect(xml).toContain(`<w:jc w:val="${side}"/>`);
      expect(xml).toMatch(/<w:t xml:space="preserve">— <\/w:t>.*PAGE.*<w:t xml:space="preserve"> —<\/w:t>/s);
      expect(attrs(xml, "w:rFonts")["w:eastAsia"]).toBe("宋体");
      expect(attrs(xml, "w:sz")["w:val"]).toBe("28");
    }
    expect(await read("word/settings.xml")).toContain("<w:evenAndOddHeaders/>");
  });

  it("says what the data says: figures, each lagging item with its reason, who owes, then issuer and date", async () => {
    const dto = sampleBulletin(12);
    const texts = paragraphs((await open(await renderBulletin(dto))).document).map((p) => p.text);
    const joined = texts.join("\n");
    expect(joined).toContain("已完成2项，正常推进4项，进度滞后2项，严重滞后2项，尚未启动2项");
    for (const item of dto.lagging) expect(joined).toContain(item.heading);
    expect(joined).toContain("原因：应达62.0（2025-09），实报55.1");
    expect(joined).toContain("华容区人民政府（2项，逾期3天）");
    expect(texts.slice(-2)).toEqual(["市政府督查室", "2025年10月8日"]);
  });
});

describe("official typesetting of text", () => {
  it("prints punctuation full-width except inside numbers, without spaces between Chinese and digits", () => {
    expect(officialText("各区:应达 9.0(2019-06),实报 6.0,落后 33%")).toBe("各区：应达9.0（2019-06），实报6.0，落后33%");
    expect(officialText("共1,234家, 10:30开会; 完成")).toBe("共1,234家，10:30开会；完成");
  });

  it("balances a long title over lines of equal width, never leaving a character alone", () => {
    expect(balanceTitle("关于2019年6月重点任务推进情况的督查通报")).toEqual(["关于2019年6月重点任", "务推进情况的督查通报"]);
    expect(balanceTitle("关于开展督查的通报")).toEqual(["关于开展督查的通报"]);
    expect(balanceTitle("关于2025年9月全市制造业高质量发展重点任务推进情况的督查通报")).toEqual(["关于2025年9月全市制造业高质量", "发展重点任务推进情况的督查通报"]);
  });
});

describe("bulletin HTML preview", () => {
  it("shows the same text as the .docx and escapes what units typed", () => {
    const dto = sampleBulletin();
    dto.problems[0].text = "<script>alert(1)</script>需协调";
    const html = renderBulletinHtml(dto);
    expect(html).toContain("<h1>关于2025年9月全市制造业高质量<br>发展重点任务推进情况的督查通报</h1>");
    expect(html).toContain("<h2>三、进度滞后事项</h2>");
    expect(html).toContain("<h3>（一）严重滞后事项（2项）</h3>");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#60;script&#62;");
  });
});
