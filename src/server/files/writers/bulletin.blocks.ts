/**
 * Drafts the bulletin's text from its DTO as a list of typed blocks (title, headings, paragraphs, signature).
 * Both renderers (.docx and HTML) lay out these same blocks, so the preview says exactly what the file says.
 */
import type { BulletinDto, BulletinItem } from "./bulletin.dto.ts";
import { chineseNumeral, officialDate, periodLabel } from "./chinese-numbers.ts";

export type BulletinBlock =
  | { kind: "masthead"; text: string; issueNumber: string | null; issuer: string; date: string }
  | { kind: "title"; text: string }
  | { kind: "addressee"; text: string }
  | { kind: "heading1"; text: string }
  | { kind: "heading2"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "signature"; issuer: string; date: string };

const unitList = (units: string[]): string => (units.length > 0 ? units.join("、") : "未明确责任单位");

const itemLine = (n: number, item: BulletinItem): string =>
  `${n}. ${stripFinalStop(item.heading)}（责任单位：${unitList(item.units)}）。`;

const CJK = "\\u3000-\\u9fff\\uff00-\\uffef";
const SPACE_BETWEEN = new RegExp(`(?<=[${CJK}])[ \\t]+(?=[!-~])|(?<=[!-~])[ \\t]+(?=[${CJK}])`, "gu");
const FULL_WIDTH: Record<string, string> = { ",": "，", ":": "：", ";": "；", "(": "（", ")": "）" };

/**
 * Sets text the way a 公文 prints it: full-width punctuation (，：；（）) except inside numbers such as
 * "1,234" or "10:30", and no spaces between Chinese and Latin text ("应达 62.0" → "应达62.0"; LibreOffice
 * also loses the first digit when it wraps at such a space).
 */
export function officialText(text: string): string {
  return text
    .replace(/(?<!\d)[,:]|[,:](?!\d)|[;()]/gu, (ch) => FULL_WIDTH[ch])
    .replace(/\s*([，：；（）])\s*/gu, "$1")
    .replace(SPACE_BETWEEN, "");
}

function stripFinalStop(text: string): string {
  return text.trim().replace(/[。；;，,]+$/u, "");
}

/** Whether the units still owing are late: the core's rule, recorded per unit (old bulletins: all were late). */
function owingIsLate(dto: BulletinDto): boolean {
  return dto.owing.some((o) => o.overdue ?? true);
}

function overviewText(dto: BulletinDto, asOf: string): string {
  const f = dto.figures;
  const s = f.byStatus;
  const owing = f.unitsExpected - f.unitsReported;
  const owingClause = owing === 0 ? "" : owingIsLate(dto) ? `，逾期未报${owing}个` : `，尚未报齐${owing}个（${dueText(dto)}）`;
  return (
    `本轮督查共涉及重点任务${f.items}项、量化指标${f.targets}个。` +
    `其中，已完成${s.done}项，正常推进${s.green}项，进度滞后${s.amber}项，严重滞后${s.red}项，尚未启动${s.not_started}项。` +
    `应报送单位${f.unitsExpected}个，已全部报送${f.unitsReported}个${owingClause}；` +
    `应报送进展${f.reportsExpected}份，已报送${f.reportsSubmitted}份。以上数据截至${asOf}。`
  );
}

/** "报送截止日为10月5日，尚未到期" (or without the date when the bulletin does not record it). */
function dueText(dto: BulletinDto): string {
  return dto.deadline ? `报送截止日为${officialDate(dto.deadline).replace(/^\d{4}年/u, "")}，尚未到期` : "尚未到期";
}

/** The section on units that still owe: late ones with their days, or (before the deadline) those yet to report. */
function owingSection(dto: BulletinDto, dateText: string, when: string): [string, BulletinBlock[]] {
  if (dto.owing.length === 0) return ["报送情况", [{ kind: "paragraph", text: "各责任单位均已按时报送。" }]];
  if (!owingIsLate(dto)) {
    const units = dto.owing.map((o) => `${o.unitName}（${o.itemCount}项）`).join("、");
    return ["尚未报送单位", [{ kind: "paragraph", text: `截至${dateText}，以下${dto.owing.length}个单位尚未报送${when}进展情况（${dueText(dto)}）：${units}。` }]];
  }
  const units = dto.owing.map((o) => `${o.unitName}（${o.itemCount}项，逾期${o.overdueDays}天）`).join("、");
  return ["逾期未报送单位", [{ kind: "paragraph", text: `截至${dateText}，以下${dto.owing.length}个单位未按时报送${when}进展情况：${units}。` }]];
}

function laggingSection(dto: BulletinDto): BulletinBlock[] {
  const blocks: BulletinBlock[] = [];
  const groups = [
    { status: "red", title: "严重滞后事项" },
    { status: "amber", title: "进度滞后事项" },
  ] as const;
  let sub = 0;
  for (const group of groups) {
    const items = dto.lagging.filter((item) => item.status === group.status);
    if (items.length === 0) continue;
    sub += 1;
    blocks.push({ kind: "heading2", text: `（${chineseNumeral(sub)}）${group.title}（${items.length}项）` });
    items.forEach((item, i) =>
      blocks.push({ kind: "paragraph", text: `${itemLine(i + 1, item)}原因：${stripFinalStop(item.reason)}。` }),
    );
  }
  if (blocks.length === 0) blocks.push({ kind: "paragraph", text: "本轮无进度滞后事项。" });
  return blocks;
}

/** The bulletin as blocks, in reading order. */
export function composeBulletin(dto: BulletinDto): BulletinBlock[] {
  const when = periodLabel(dto.period);
  const dateText = officialDate(dto.date);
  const plans = dto.plans.map((title) => `《${title}》`).join("、");
  const blocks: BulletinBlock[] = [];
  if (dto.masthead) {
    blocks.push({ kind: "masthead", text: dto.masthead, issueNumber: dto.issueNumber, issuer: dto.issuer, date: dateText });
  }
  blocks.push({ kind: "title", text: dto.title }, { kind: "addressee", text: `${dto.addressee}：` });
  blocks.push({
    kind: "paragraph",
    text: `为推动${plans || "各项重点任务"}落地见效，${dto.issuer}对各责任单位${when}工作推进情况进行了调度督查。现将有关情况通报如下：`,
  });

  const sections: [string, BulletinBlock[]][] = [
    ["总体情况", [{ kind: "paragraph", text: overviewText(dto, dateText) }]],
    [
      "已完成事项",
      dto.done.length === 0
        ? [{ kind: "paragraph", text: "本轮暂无新完成事项。" }]
        : dto.done.map((item, i) => ({ kind: "paragraph", text: itemLine(i + 1, item) })),
    ],
    ["进度滞后事项", laggingSection(dto)],
    owingSection(dto, dateText, when),
    [
      "需协调解决的问题",
      dto.problems.length === 0
        ? [{ kind: "paragraph", text: "本轮各单位未提出需协调解决的问题。" }]
        : dto.problems.map((p, i) => ({
            kind: "paragraph",
            text: `${i + 1}. ${p.unitName}反映：${stripFinalStop(p.text)}（涉及：${stripFinalStop(p.heading)}）。`,
          })),
    ],
    [
      "下步工作要求",
      dto.closing
        .split(/\n\s*\n|\n/u)
        .map((text) => text.trim())
        .filter((text) => text.length > 0)
        .map((text) => ({ kind: "paragraph", text })),
    ],
  ];
  sections.forEach(([heading, body], i) => {
    blocks.push({ kind: "heading1", text: `${chineseNumeral(i + 1)}、${heading}` }, ...body);
  });
  blocks.push({ kind: "signature", issuer: dto.issuer, date: dateText });
  return blocks.map((block) => ("text" in block ? { ...block, text: officialText(block.text) } : block));
}
