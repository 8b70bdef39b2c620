/**
 * The outline rule table: small documents -> the item ids (paths) the extractor finds, for every
 * numbering and table layout the genre uses.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractPlan } from "../../src/core/extract/pipeline.ts";

const ids = (text: string) => extractPlan(text).items.map((i) => i.id);

describe("segment/outline: documents -> item ids", () => {
  it.each<[string, string, string[]]>([
    ["four levels", "一、任务\n(一)粮食\n1.面积。\n(1)稳定面积。\n(2)新建农田。\n2.减灾。\n二、保障", ["一", "一/(一)", "一/(一)/1", "一/(一)/1/(1)", "一/(一)/1/(2)", "一/(一)/2", "二"]],
    ["circled numbers", "一、任务\n①推进甲。\n②推进乙。", ["一", "一/①", "一/②"]],
    ["lead phrases under a heading-only section", "三、工作要求\n一要高度重视。做好工作。\n二要明确职责。抓好调度。", ["三", "三/¶1", "三/¶2"]],
    ["a statement is no lead phrase", "一、指导思想\n以科学发展观为指导。坚持统筹兼顾。\n二、目标", ["一", "二"]],
    ["a lone lead phrase under a heading is the heading's own text", "2、发展合作组织\n规范合作社建设。开展示范社创建活动。\n3、强化服务", ["2", "3"]],
    ["a preamble and signature are no items", "各区人民政府:\n现提出如下意见。\n一、目标\n二、任务\n某市人民政府\n2018年12月24日", ["一", "二"]],
    ["an annex starts its own outline", "一、目标\n二、任务\n附件1\n一、分工\n二、进度", ["一", "二", "附件1/一", "附件1/二"]],
    ["an attachment list in the notice is no item", "附件:1、甲工作方案\n2、乙工作方案\n3、丙工作方案\n一、目标", ["一"]],
    ["pipe table with section cells, a repeated section label is one item", "| 工作内容 | 目标任务 | 责任单位 |\n一、甲 | 1. 任务一 | 目标 | 市经委牵头 |\n2. 任务二 | 目标 | 市经委牵头 |\n二、乙 | 3. 任务三 | 目标 | 市经委牵头 |\n二、乙 | 4. 任务四 | 目标 | 市经委牵头 |", ["一", "一/1", "一/2", "二", "二/3", "二/4"]],
    ["a row spanning the table is a section", "| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n| 一、产业发展 | | | |\n| 1 | 任务甲 | 市发改委 | 年底前 |\n| 二、园区建设 | | | |\n| 2 | 任务乙 | 市经信局 | 6月底前 |", ["一", "一/1", "二", "二/2"]],
    ["a section line between rows (a merged row the reader wrote alone) keeps the header", "序号 | 工作任务 | 牵头单位 | 完成时限\n一、产业发展\n1 | 任务甲 | 市发改委 | 年底前\n二、园区建设\n2 | 任务乙 | 市经信局 | 6月底前", ["一", "一/1", "二", "二/2"]],
    ["pipe table with a 序号 column", "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n1 | 任务甲 | 市发改委 | 市财政局 | 年底前\n2 | 任务乙 | 市经信局 | 市科技局 | 6月底前", ["1", "2"]],
    ["tab-separated table", "序号\t重点任务\t牵头单位\t完成时限\n1\t任务甲\t市发改委\t年底前\n2\t任务乙\t市经信局\t6月底前", ["1", "2"]],
    ["flattened table, one cell per line", "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n任务甲\n市发改委\n市财政局\n年底前\n2\n任务乙\n市经信局\n市科技局\n6月底前", ["1", "2"]],
    ["a table inside a numbered section", "二、重点任务\n序号 | 重点任务 | 牵头单位\n1 | 任务甲 | 市发改委\n2 | 任务乙 | 市经信局\n三、保障措施", ["二", "二/1", "二/2", "三"]],
    ["inline (1)(2) entries become items", "一、任务\n2.装修垃圾。(1)袋装化投放。(2)分类;(3)做好清运。\n二、保障", ["一", "一/2", "一/2/(1)", "一/2/(2)", "一/2/(3)", "二"]],
    ["a lone inline (1) is no list", "一、任务\n推进改造(1)期工程。", ["一"]],
    ["a marker alone on its line belongs to the next line", "一、\n工作目标\n(一)\n稳定增长。\n二、\n保障措施", ["一", "一/(一)", "二"]],
    ["numbers that are no markers", "一、目标\n2018年完成。\n2.5亿元投入。\n二、任务", ["一", "二"]],
    ["an item number before a title that opens with digits", "一、任务\n1.推进改造。\n2.123工程建设。\n3.其他。", ["一", "一/1", "一/2", "一/3"]],
  ])("%s", (_name, text, expected) => expect(ids(text)).toEqual(expected));

  it("takes a heading closed by a colon and makes its section a goal", () => {
    const plan = extractPlan("一、总体要求\n(一)总体目标:到2020年,全市工业增加值达到500亿元。\n(二)基本原则:坚持统筹推进。");
    expect(plan.items.map((i) => [i.id, i.heading, i.kind])).toEqual([
      ["一", "总体要求", "task"],
      ["一/(一)", "总体目标", "goal"],
      ["一/(二)", "基本原则", "task"],
    ]);
  });

  it("reads a table with two task columns (主要任务 | 具体措施)", () => {
    const plan = extractPlan("序号 | 主要任务 | 具体措施 | 责任单位 | 完成时限\n1 | 培育企业 | 新增规上企业20家 | 市经信局 | 年底前");
    const [row] = plan.items;
    expect([row.id, row.heading, row.anchor, row.owners, row.when]).toEqual(["1", "培育企业", "新增规上企业20家", ["市经信局"], ["年底前"]]);
    expect(row.targets.map((t) => [t.value, t.unit])).toEqual([[20, "家"]]);
  });

  it("keeps an empty first cell of a reader's row in its column", () => {
    const plan = extractPlan("序号 | 重点任务 | 牵头单位 | 配合单位\n | 任务甲 | 市发改委 | 市财政局");
    expect([plan.items[0].anchor, plan.items[0].lead, plan.items[0].support]).toEqual(["任务甲", ["市发改委"], ["市财政局"]]);
  });

  it("reads a table row's columns into roles and times", () => {
    const plan = extractPlan("序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n1 | 新增企业20家 | 市发改委 | 市财政局、人社局 | 2024年底前");
    const [row] = plan.items;
    expect([row.lead, row.support, row.when]).toEqual([["市发改委"], ["市财政局", "市人社局"], ["2024年底前"]]);
    expect(row.targets.map((t) => [t.metric, t.value, t.unit, t.change])).toEqual([["企业", 20, "家", "up"]]);
  });

  it("joins lines a converted PDF wrapped mid-sentence back into paragraphs", () => {
    const seed = readFileSync(new URL("../fixtures/seeds/002_09c50576f1e921a4.txt", import.meta.url), "utf8");
    const wrapped = seed
      .split("\n")
      .flatMap((line) => line.trim().match(/.{1,36}/g) ?? [""])
      .join("\n");
    const whole = extractPlan(seed);
    const plan = extractPlan(wrapped);
    expect(plan.items.map((i) => i.id)).toEqual(whole.items.map((i) => i.id));
    expect(plan.items.map((i) => i.kind)).toEqual(whole.items.map((i) => i.kind));
    const targets = (p: typeof plan) => p.items.reduce((n, i) => n + i.targets.length, 0);
    expect(targets(plan)).toBeGreaterThanOrEqual(targets(whole) * 0.8);
  });
});
