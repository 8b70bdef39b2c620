/**
 * Task tables rebuilt from their cells, one case per way a real table breaks a naive reader: two content
 * columns, unknown header words, section rows, merged group cells, wrapped cells, keyed number tables.
 * Each case runs the whole extractor and checks the items a clerk would see.
 */
import { describe, expect, it } from "vitest";
import { extractPlan } from "../../src/core/extract/pipeline.ts";

/** Items of a document as "path | heading | anchor start | lead/support/owners | when". */
function rows(text: string): string[] {
  return extractPlan(text, { doc: "case.txt" }).items.map((i) =>
    [i.path.join("/"), i.heading ?? "", i.anchor.slice(0, 6), [i.lead, i.support, i.owners].map((u) => u.join("、")).join(";"), i.when.join("、")].join(" | "),
  );
}

const flat = (cells: string[]) => ["附件", "", "重点任务分解表", "", ...cells.flatMap((c) => [c, ""])].join("\n");

describe("flattened task tables (one cell per line)", () => {
  it("reads two content columns: the first is the row's heading, the second its anchor", () => {
    const text = flat(["序号", "任务名称", "任务内容", "牵头部门", "配合部门", "时间节点",
      "1", "推进屋顶光伏", "新建光伏装机容量10万千瓦", "区发展改革委", "区建管委", "2025年底前",
      "2", "开展节能改造", "完成公共建筑节能改造20万平方米", "区建管委", "区机管局", "2025年12月"]);
    expect(rows(text)).toEqual([
      "附件/1 | 推进屋顶光伏 | 新建光伏装机 | 区发展改革委;区建管委; | 2025年底前",
      "附件/2 | 开展节能改造 | 完成公共建筑 | 区建管委;区机管局; | 2025年12月",
    ]);
  });

  it("keeps a header word outside the vocabulary as a column instead of ending the header", () => {
    const text = flat(["序号", "工作任务", "推进单位", "参考文件", "1", "修订排水管理办法", "区水务局", "《上海市排水管理条例》",
      "2", "建立养护考核制度", "区水务局", "《养护规范》"]);
    expect(rows(text)).toEqual([
      "附件/1 |  | 修订排水管理 | ;;区水务局 | ",
      "附件/2 |  | 建立养护考核 | ;;区水务局 | ",
    ]);
  });

  it("opens a section at a 一、 row between numbered rows without shifting the rows after it", () => {
    const text = flat(["序号", "重点任务", "责任部门", "完成时限", "一、调整能源结构", "1", "推进天然气替代", "区发展改革委", "2025年6月",
      "二、推进绿色建筑", "2", "实施超低能耗建筑", "区建管委", "2025年底前"]);
    expect(rows(text)).toEqual([
      "附件/一 | 调整能源结构 | 调整能源结构 | ;; | ",
      "附件/一/1 |  | 推进天然气替 | ;;区发展改革委 | 2025年6月",
      "附件/二 | 推进绿色建筑 | 推进绿色建筑 | ;; | ",
      "附件/二/2 |  | 实施超低能耗 | ;;区建管委 | 2025年底前",
    ]);
  });

  it("joins a cell wrapped over lines and puts a merged group cell on the rows of its group", () => {
    const text = ["附件", "", "任务分工表", "", "序号", "", "任务类型", "", "改革任务", "", "责任单位", "",
      "1", "", "体制改革", "", "明确排水设施", "管理职责", "", "区水务局", "",
      "2", "", "理顺养护机制", "", "区水务局", ""].join("\n");
    expect(rows(text)).toEqual([
      "附件/¶1 | 体制改革 | 体制改革 | ;; | ",
      "附件/¶1/1 |  | 明确排水设施 | ;;区水务局 | ",
      "附件/¶1/2 |  | 理顺养护机制 | ;;区水务局 | ",
    ].map((r) => r));
  });

  it("reads a table keyed by town with numbers and no role column as goals scoped to the town", () => {
    const text = ["附件", "", "各镇减量化任务表", "", "单位：公顷", "", "序号", "", "镇", "", "减量化面积", "", "完成时间", "",
      "1", "", "江桥镇", "", "39", "", "2014年12月底", "", "2", "", "华亭镇", "", "12.5", "", "2014年12月底", ""].join("\n");
    const plan = extractPlan(text, { doc: "case.txt" });
    expect(plan.items.map((i) => [i.path.join("/"), i.kind, i.targets.map((t) => `${t.metric}=${t.value}${t.unit}@${t.scope}`)])).toEqual([
      ["附件/1", "goal", ["减量化面积=39公顷@江桥镇"]],
      ["附件/2", "goal", ["减量化面积=12.5公顷@华亭镇"]],
    ]);
  });
});

describe("merged, continued and nested cells", () => {
  it("gives a merged task name to every row of its group as heading; year columns give the row's when", () => {
    const text = flat(["序号", "内容", "牵头部门", "2024年工作任务", "2025年工作计划",
      "1", "完善综合交通规划", "综合规划处", "编制交通规划基本思路", "启动编制交通规划",
      "2", "交通建设处", "推进区域交通规划编制", "深化区域规划成果"]);
    expect(rows(text)).toEqual([
      "附件/1 | 完善综合交通规划 | 编制交通规划 | 综合规划处;; | 2024年、2025年",
      "附件/2 | 完善综合交通规划 | 推进区域交通 | 交通建设处;; | 2024年、2025年",
    ]);
  });

  it("reads year sub-rows without a number as more of the numbered row above", () => {
    const text = flat(["序号", "主要任务", "节点", "指标数", "责任单位", "1", "创建达标分类小区", "2018年", "345个", "各街道办事处",
      "2019年", "440个", "2020年", "618个", "2", "道路废物箱标识更新", "2018年", "735只", "区绿化市容局"]);
    const plan = extractPlan(text, { doc: "case.txt" });
    expect(plan.items.map((i) => [i.path.join("/"), i.targets.map((t) => t.value), i.when])).toEqual([
      ["附件/1", [345, 440, 618], ["2018年", "2019年", "2020年"]],
      ["附件/2", [735], ["2018年"]],
    ]);
  });

  it("keeps a numbered list written inside one cell in that cell", () => {
    const text = flat(["序号", "重点任务", "具体措施", "责任部门", "1", "推进规划编制", "1.完善规划基本思路", "2.编制都市圈交通规划", "综合规划处",
      "2", "推进快速路建设", "推进漕宝路快速路建设", "交通建设处"]);
    expect(rows(text)).toEqual([
      "附件/1 | 推进规划编制 | 1.完善规划 | ;;综合规划处 | ",
      "附件/2 | 推进快速路建设 | 推进漕宝路快 | ;;交通建设处 | ",
    ]);
  });

  it("ends a table set inside the body where the body's numbering resumes", () => {
    const text = ["一、主要指标", "", "类别", "", "序号", "", "指标名称", "", "目标", "", "住宅市场", "", "1", "", "供给新建商品住宅面积", "", "80万平方米", "",
      "二、主要任务", "", "(一)促进住宅市场平稳发展", "", "适应住宅市场发展新形势。"].join("\n");
    expect(extractPlan(text, { doc: "case.txt" }).items.map((i) => i.path.join("/"))).toEqual(["一", "一/¶1", "一/¶1/1", "二", "二/(一)"]);
  });
});

describe("tables of what exists", () => {
  it("takes no targets from a table whose title lists existing stock (合同情况表), and still makes its rows items", () => {
    const rowsOf = (title: string) => ["附件", "", title, "", "序号", "", "单位", "", "管网数量(公里)", "", "1", "", "区市政中心", "", "73.12", "",
      "2", "", "大宁集团", "", "9.8"].join("\n");
    const targets = (title: string) => extractPlan(rowsOf(title), { doc: "case.txt" }).items.map((i) => i.targets.length);
    expect(targets("公共排水设施养护企业合同情况表")).toEqual([0, 0]);
    expect(targets("公共排水设施建设任务分解表")).toEqual([1, 1]);
  });
});

describe("headers of two and three levels, read flat", () => {
  it("puts a top cell's sub-columns in its place, and a third level under the last grouping sub-column", () => {
    const text = ["附件", "", "单位：公顷", "", "乡镇", "", "减量化情况", "", "计划完成时间", "", "备注", "", "总面积", "", "建设用地面积", "",
      "工业", "", "宅基地", "", "江桥镇", "", "39", "", "25", "", "14", "", "2014年12月底", "", "郊野单元", "",
      "南翔镇", "", "31", "", "25", "", "6", "", "2014年12月底", "", "郊野单元"].join("\n");
    const plan = extractPlan(text, { doc: "case.txt" });
    expect(plan.items.map((i) => i.targets.map((t) => `${t.metric}=${t.value}${t.unit}@${t.scope}`))).toEqual([
      ["减量化总面积=39公顷@江桥镇", "工业建设用地面积=25公顷@江桥镇", "宅基地建设用地面积=14公顷@江桥镇"],
      ["减量化总面积=31公顷@南翔镇", "工业建设用地面积=25公顷@南翔镇", "宅基地建设用地面积=6公顷@南翔镇"],
    ]);
  });
});

describe("pipe tables (rows whole, one a line)", () => {
  it("takes a row's number from its work cell when there is no 序号 column, and its section from the leading merged cell", () => {
    const text = ["| 工作内容 | 目标任务 | 责任单位 |", "一、发展新产业 | 1. 编制产业规划 | 完成规划编制 | 市经贸委牵头,市财政局配合 |",
      "2. 实施项目专项 | 完成投资120亿元以上 | 市经贸委牵头 |"].join("\n");
    expect(rows(text)).toEqual([
      "一 | 发展新产业 | 发展新产业 | ;; | ",
      "一/1 |  | 编制产业规划 | 市经贸委;市财政局; | ",
      "一/2 |  | 实施项目专项 | 市经贸委;; | ",
    ]);
  });
});
