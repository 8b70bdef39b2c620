/**
 * Rule tables in the chrono style: for each rule file, a table of input -> expected value. A failing
 * row names the rule and the input it broke on.
 */
import { describe, expect, it } from "vitest";
import { isBackground, itemKind } from "../../src/core/extract/item-kind.ts";
import { splitLines } from "../../src/core/extract/lines.ts";
import { readDate } from "../../src/core/extract/meta/dates.ts";
import { findDocNumber } from "../../src/core/extract/meta/doc-number.ts";
import { findIssuer } from "../../src/core/extract/meta/issuer.ts";
import { findPeriod } from "../../src/core/extract/meta/period.ts";
import { findTitle } from "../../src/core/extract/meta/title.ts";
import { normaliseText } from "../../src/core/extract/normalise.ts";
import { parseNumber } from "../../src/core/extract/rules/numbers.ts";
import { findQuantities } from "../../src/core/extract/rules/quantities.ts";
import { findProseRoles } from "../../src/core/extract/rules/role-notes.ts";
import { readRoleNote } from "../../src/core/extract/rules/roles.ts";
import { findTargets } from "../../src/core/extract/rules/targets.ts";
import { findTimes } from "../../src/core/extract/rules/times.ts";
import { inheritPrefixes, splitNames } from "../../src/core/extract/rules/unit-names.ts";
import { leadPhraseLength } from "../../src/core/extract/segment/lead-phrase.ts";
import { readMarker } from "../../src/core/extract/segment/markers.ts";
import { cellTargets } from "../../src/core/extract/rules/cell-targets.ts";
import { cellKind } from "../../src/core/extract/segment/table/cell-kind.ts";
import { headerRole, headerUnit } from "../../src/core/extract/segment/table/columns.ts";
import { readFlatTable } from "../../src/core/extract/segment/table/flat.ts";
import { isChrome } from "../../src/core/extract/chrome.ts";

const whole = (t: string): [number, number] => [0, t.length];

describe("normalise: full width folds to half width, length kept", () => {
  it.each([
    ["（一）加强领导：", "(一)加强领导:"],
    ["１２．５％", "12.5%"],
    ["2018—2020年", "2018-2020年"],
    ["　　正文", "  正文"],
    ["A｜B", "A｜B"],
  ])("%s -> %s", (input, expected) => {
    const out = normaliseText(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });
});

describe("chrome: page furniture is recognised", () => {
  it.each([
    ["首页 > 文章中心 > 正文", true],
    ["扫一扫在手机上查看当前页面", true],
    ["前言:本站为你精心整理了范文", true],
    ["标题: 关于印发的通知", true],
    ["索  引  号: 011217651/2018-00461", true],
    ["【字体：大 中 小】【打印】", true],
    ["发布时间：2018-12-26 来源：市政府办公室 浏览次数：123", true],
    ["上一篇：关于做好工作的通知", true],
    ["一、指导思想", false],
    ["各区人民政府:", false],
  ])("%s -> %s", (line, expected) => expect(isChrome(normaliseText(line))).toBe(expected));
});

describe("segment/markers: numbering at the start of a line", () => {
  it.each([
    ["一、工作目标", "cn", "一"],
    ["十二、加大研发投入", "cn", "十二"],
    ["(三)加强协调服务", "cnParen", "(三)"],
    ["1、聘请专家", "num", "1"],
    ["18.组织领导", "num", "18"],
    ["9.推进中国轻纺城", "num", "9"],
    ["1. 编制规划", "num", "1"],
    ["(2)新建高标准农田", "numParen", "(2)"],
    ["(2)年内实现覆盖", "numParen", "(2)"],
    ["③完善机制", "circled", "③"],
  ])("%s -> %s %s", (line, kind, label) => {
    const m = readMarker(line);
    expect(m?.kind).toBe(kind);
    expect(m?.label).toBe(label);
  });
  it.each(["2.5亿元投资", "2018年工作", "一要高度重视", "二○○四年五月二十日", "100%完成"])("%s is no marker", (line) => {
    expect(readMarker(line)).toBeNull();
  });
});

describe("segment/lead-phrase: short phrase closed by 。 or a label closed by a colon", () => {
  it.each([
    ["区民防办:负责制定区级应急避难场所专业规划", 4],
    ["“十四五”达标计划:到2025年完成", 9],
    ["各区人民政府:", 0],
    ["强化产业导向。宣传、贯彻、落实好", 6],
    ["一要高度重视、迅速行动。对工业振兴", 11],
    ["全面贯彻落实党的十七大精神,高举旗帜。", 0],
    ["为加快发展,制定本方案。", 0],
  ])("%s -> %i", (text, length) => expect(leadPhraseLength(text)).toBe(length));
});

describe("segment/table: header words and flattened tables", () => {
  it.each([
    ["序号", "seq"],
    ["重点任务", "content"],
    ["工作内容", "content"],
    ["目标任务", "target"],
    ["牵头单位", "lead"],
    ["牵头部门", "lead"],
    ["配合单位", "support"],
    ["配合部门", "support"],
    ["责任单位", "owners"],
    ["责任部门", "owners"],
    ["完成时限", "when"],
    ["完成时间节点", "when"],
    ["具体内容", "content"],
    ["支撑单位", "support"],
    ["责任领导", "other"],
    ["备注", "other"],
    ["推进单位", "owners"],
    ["参考文件", "other"],
    ["任务名称", "content"],
    ["具体工作", "content"],
    ["时间进度", "when"],
    ["街镇", "key"],
    ["面积(平方公里)", "number"],
    ["2025年", "number"],
    ["推进产业升级", null],
    ["一、发展目标", null],
  ])("%s -> %s", (cell, role) => expect(headerRole(cell)).toBe(role));

  it("reads a flattened table row by row from its 序号 column", () => {
    const norm = ["序号", "重点任务", "牵头单位", "完成时限", "1", "任务甲", "市发改委", "年底前", "2", "任务乙", "市财政局", "6月底前"].join("\n");
    const table = readFlatTable(splitLines(norm), 0);
    expect(table?.columns.map((c) => c.role)).toEqual(["seq", "content", "lead", "when"]);
    expect(table?.rows.map((r) => r.cells.map((c) => c?.text ?? null))).toEqual([
      ["1", "任务甲", "市发改委", "年底前"],
      ["2", "任务乙", "市财政局", "6月底前"],
    ]);
  });
});

describe("rules/numbers: both numeral systems and fractions", () => {
  it.each([
    ["156", 156],
    ["1.4", 1.4],
    ["十六", 16],
    ["二十七", 27],
    ["一千二百", 1200],
    ["两", 2],
    ["二○○四", 2004],
    ["三分之一", 0.3333],
    ["五分之二", 0.4],
  ])("%s -> %d", (text, value) => expect(parseNumber(text)).toBe(value));
});

describe("rules/unit-names: lists split, noise dropped, prefix inherited", () => {
  const names = (t: string) => inheritPrefixes(splitNames(t, whole(t))).map((n) => n.name);
  it.each([
    ["市发改委、科技局", ["市发改委", "市科技局"]],
    ["市二环线转型办和搬迁办", ["市二环线转型办", "市二环线搬迁办"]],
    ["省打私与海防口岸办", ["省打私与海防口岸办"]],
    ["市委组织部、人社局、经信局", ["市委组织部", "市人社局", "市经信局"]],
    ["市外经贸局、科技局", ["市外经贸局", "市科技局"]],
    ["各县(市、区)、市直开发区(新区)及市经贸委、国资委等部门", ["各县(市、区)", "市直开发区(新区)", "市经贸委", "市国资委"]],
    ["市财政局等有关部门", ["市财政局"]],
    ["绍兴县、袍江新区、黄酒集团", ["绍兴县", "袍江新区", "黄酒集团"]],
    ["市农业农村局、市场监管局", ["市农业农村局", "市市场监管局"]],
    ["市委督查室、市政府督查室", ["市委督查室", "市政府督查室"]],
    ["市金融办、人民银行临江市中心支行", ["市金融办", "人民银行临江市中心支行"]],
    ["有关部门和有关市", ["有关部门", "有关市"]],
    ["区应急管理局、区科协", ["区应急管理局", "区科协"]],
    ["市教委、同济大学、久事集团", ["市教委", "同济大学", "久事集团"]],
    ["市发改委、天河区政府", ["市发改委", "天河区政府"]],
    ["各区、县级市", ["各区", "各县级市"]],
    ["欧阳、曲阳、凉城、广中街道", ["欧阳街道", "曲阳街道", "凉城街道", "广中街道"]],
    ["区文明办\n区绿化市容局\n区房管局", ["区文明办", "区绿化市容局", "区房管局"]],
    ["市发展改革\n委", ["市发展改革委"]],
    ["--", []],
  ])("%s -> %j", (text, expected) => expect(names(text)).toEqual(expected));
});

describe("rules/roles: a role note read clause by clause", () => {
  const roles = (t: string, fallback: "lead" | "support" | "owners" | null = null) =>
    readRoleNote(t, whole(t), fallback)?.map((m) => `${m.role}:${m.name}`) ?? null;
  it.each([
    ["由省政府办公厅牵头,省经贸委等有关部门配合组织落实", ["lead:省政府办公厅", "support:省经贸委"]],
    ["由省经贸委牵头,会同有关部门和有关市组织落实", ["lead:省经贸委", "support:有关部门", "support:有关市"]],
    ["由省外经贸厅牵头组织落实", ["lead:省外经贸厅"]],
    ["由省发展改革委、省经贸委等组织落实", ["owners:省发展改革委", "owners:省经贸委"]],
    ["市发改局、经信局负责", ["owners:市发改局", "owners:市经信局"]],
    ["市发改委、科技局分别牵头,市经贸委等部门配合", ["lead:市发改委", "lead:市科技局", "support:市经贸委"]],
    ["市经贸委牵头,绍兴县、诸暨市负责实施", ["lead:市经贸委", "owners:绍兴县", "owners:诸暨市"]],
    ["滨海新城管委会牵头,绍兴县、上虞市共同实施", ["lead:滨海新城管委会", "owners:绍兴县", "owners:上虞市"]],
    ["牵头单位:市经信局;配合单位:市科技局、财政局", ["lead:市经信局", "support:市科技局", "support:市财政局"]],
    ["牵头单位:市经信局;责任单位:各县(市、区)人民政府", ["lead:市经信局", "owners:各县(市、区)人民政府"]],
    ["责任单位:市经信委、市直有关部门,各区、开发区", ["owners:市经信委", "owners:市直有关部门", "owners:各区", "owners:开发区"]],
    ["市交通运输局负责,2024年底前完成", ["owners:市交通运输局"]],
    ["各地负责拟定具体操作实施办法", null],
    ["市发改委为牵头单位", ["lead:市发改委"]],
    ["市交通委牵头,各区政府落实", ["lead:市交通委", "owners:各区政府"]],
    ["牵头单位:市发改委 责任单位:各区县政府", ["lead:市发改委", "owners:各区县政府"]],
    ["牵头领导:张副市长;牵头单位:市发改委", ["lead:市发改委"]],
    ["市经信局、财政局等部门按职责分工负责", ["owners:市经信局", "owners:市财政局"]],
    ["区应急管理局牵头负责、各街镇组织落实", ["lead:区应急管理局", "owners:各街镇"]],
  ])("%s", (text, expected) => expect(roles(text)).toEqual(expected));

  it("takes the column's role when a cell has no role word", () => {
    expect(roles("市财政局、人社局", "support")).toEqual(["support:市财政局", "support:市人社局"]);
  });

  it("reads a (牵头) mark inside a list", () => {
    expect(roles("市发改委(牵头)、市财政局", "owners")).toEqual(["lead:市发改委", "owners:市财政局"]);
  });
});

describe("rules/role-notes: where prose assigns roles", () => {
  const roles = (t: string) => findProseRoles(normaliseText(t), whole(t)).map((m) => `${m.role}:${m.name}`);
  it.each([
    ["加大扶持力度。(市经信局负责)", ["owners:市经信局"]],
    ["推进建设。（牵头单位：市经信局；配合单位：市科技局）", ["lead:市经信局", "support:市科技局"]],
    ["领导小组办公室设在市经信局,具体负责统一协调", ["owners:市经信局"]],
    ["各级各部门要加强领导,市发改委要统筹协调。", []],
    ["推进改造。责任单位:市住建局,各县(市、区)人民政府。", ["owners:市住建局", "owners:各县(市、区)人民政府"]],
    ["道路建设工作由市住建局负责。", ["owners:市住建局"]],
    ["二要落实责任。市农业局牵头,市财政局、发改委配合,定期开展督查。", ["lead:市农业局", "support:市财政局", "support:市发改委"]],
    ["区规划资源局牵头开展中期通报。", ["lead:区规划资源局"]],
    ["各地负责拟定具体操作实施办法。", []],
    ["区文明办:负责将垃圾分类工作情况纳入文明创建。", ["owners:区文明办"]],
    ["1.区绿化市容局(区分减联办):负责总体牵头协调推进", ["owners:区绿化市容局(区分减联办)"]],
    ["各街道办事处:负责按照属地管理原则推进", ["owners:各街道办事处"]],
    ["区生态环境局要会同区建设管理委和区水务局加强查处", ["support:区建设管理委", "support:区水务局"]],
    ["区规划资源局、区农业农村委配合做好备案", ["support:区规划资源局", "support:区农业农村委"]],
  ])("%s -> %j", (text, expected) => expect(roles(text)).toEqual(expected));
});

describe("rules/quantities: numbers with units, names and thresholds left out", () => {
  const qs = (t: string) => findQuantities(t, whole(t)).map((q) => `${q.values.join("-")}${q.unit ?? ""}${q.cmp ? ` ${q.cmp}` : ""}`);
  it.each([
    ["增长8%以上", ["8% >="]],
    ["培育3-5家企业", ["3-5家"]],
    ["不少于当地企业的三分之一", ["0.3333 >="]],
    ["提高2个百分点", ["2个百分点"]],
    ["村镇银行1 家", ["1家"]],
    ["超亿元企业90家", ["90家"]],
    ["投资10亿元以上重大项目20只左右", ["20只 ~"]],
    ["构筑500kV环网为主网架", []],
    ["实施“253”工程和“5+1”行动", []],
    ["二○○四年五月二十日", []],
    ["3个月内完成", []],
    ["每季度不少于1次", []],
    ["围绕8个方面开展评估,分4个阶段进行", []],
    ["新增就业1,200人", ["1200人"]],
    ["覆盖率达到百分之九十", ["90%"]],
    ["连接设备突破10万台", ["10万台 >="]],
    ["增速保持在10%-15%", ["10-15%"]],
    ["培训3000余人次", ["3000人次 >="]],
    ["营商环境评价进入全市前3名", []],
    ["加快全市11个省级经济开发区整合提升", []],
    ["审批时间压缩至3个工作日以内,在5个工作日内办结", ["3个工作日 <="]],
    ["增加占全球种群数量1%以上的水鸟物种数", []],
    ["亩均税收低于5万元的企业实行差别化政策", []],
    ["落实达标区面积占建成区50%的目标要求", ["50%"]],
    ["总投资206亿元的88个重点项目", ["206亿元", "88个"]],
    ["东至浦东运河,南至上川路,西至外环绿化带500米", []],
    ["95%(含)以上", ["95% >="]],
  ])("%s -> %j", (text, expected) => expect(qs(text)).toEqual(expected));
});

describe("rules/targets: metric, comparison, direction, aspiration, scope", () => {
  const ts = (t: string) =>
    findTargets(t, t, whole(t)).map((x) => [x.metric, x.value, x.unit, x.cmp, x.change, x.aspirational, x.scope]);
  it.each<[string, unknown[][]]>([
    ["规模以上工业增加值年均增长8%以上", [["规模以上工业增加值", 8, "%", ">=", "up", false, null]]],
    ["全部工业生产性投资80亿元,力争85亿元", [["全部工业生产性投资", 80, "亿元", "=", null, false, null], ["全部工业生产性投资", 85, "亿元", "=", null, true, null]]],
    ["单位工业增加值能耗下降5%以上", [["单位工业增加值能耗", 5, "%", ">=", "down", false, null]]],
    ["培育3-5家生产性服务型企业", [["生产性服务型企业", 3, "家", ">=", null, false, null], ["生产性服务型企业", 5, "家", "<=", null, false, null]]],
    ["新增中国名牌和中国驰名商标各1只", [["中国名牌", 1, "只", "=", "up", false, null], ["中国驰名商标", 1, "只", "=", "up", false, null]]],
    ["新增国家级、省级科技立项各4项", [["国家级科技立项", 4, "项", "=", "up", false, null], ["省级科技立项", 4, "项", "=", "up", false, null]]],
    ["年度目标增速不低于12%,鄂城区、华容区不低于8%", [["年度目标增速", 12, "%", ">=", null, false, null], ["年度目标增速", 8, "%", ">=", null, false, "鄂城区"], ["年度目标增速", 8, "%", ">=", null, false, "华容区"]]],
    ["研发投入占销售收入的比重力争达到2%左右,其中高技术产业达到5%以上", [["研发投入占销售收入的比重", 2, "%", "~", null, true, null], ["研发投入占销售收入的比重", 5, "%", ">=", null, true, "高技术产业"]]],
    ["培育销售收入过亿元的工业企业23家,其中过5亿元的3家", [["培育销售收入过亿元的工业企业", 23, "家", "=", null, false, null], ["培育销售收入过5亿元的工业企业", 3, "家", "=", null, false, null]]],
    ["力争新增工业贷款余额达到320亿元,小额贷款公司4家", [["工业贷款余额", 320, "亿元", "=", "up", true, null], ["小额贷款公司", 4, "家", "=", "up", true, null]]],
    ["亩均税收达到20万元以上;新增国家级园区1个、省级园区2个", [["亩均税收", 20, "万元", ">=", null, false, null], ["国家级园区", 1, "个", "=", "up", false, null], ["省级园区", 2, "个", "=", "up", false, null]]],
    ["养护工程比例分别不低于13%和8%", [["养护工程比例", 13, "%", ">=", null, false, null], ["养护工程比例", 8, "%", ">=", null, false, null]]],
    ["力争三分之一以上企业推进信息化", [["企业推进信息化", 0.3333, null, ">=", null, true, null]]],
    ["开发比例不得超过50%", [["开发比例", 50, "%", "<=", null, false, null]]],
    ["高新技术企业不断扩容,每年新增20家以上", [["高新技术企业", 20, "家", ">=", "up", false, null]]],
    ["收费在最低标准的基础上下调20%,其中重点项目在最低收费标准的基础上下调50%", [["收费", 20, "%", "=", "down", false, null], ["收费", 50, "%", "=", "down", false, "重点项目"]]],
    ["工业投资增长10%。力争85亿元", [["工业投资", 10, "%", "=", "up", false, null], [null, 85, "亿元", "=", null, true, null]]],
    ["原则上项目面积应不小于5亩", [["原则上项目面积", 5, "亩", ">=", null, false, null]]],
    ["6月底前完成60%", [[null, 60, "%", "=", null, false, null]]],
    ["实际利用外资3亿美元,增长15%", [["实际利用外资", 3, "亿美元", "=", null, false, null], ["实际利用外资", 15, "%", "=", "up", false, null]]],
    ["新培育省级以上名牌产品15个、著名商标20件", [["省级以上名牌产品", 15, "个", "=", "up", false, null], ["著名商标", 20, "件", "=", "up", false, null]]],
  ])("%s", (text, expected) => expect(ts(text)).toEqual(expected));
});

describe("rules/times: time expressions that bound or repeat", () => {
  const times = (t: string) => findTimes(t, t, whole(t)).map((x) => x.text);
  it.each([
    ["到2020年,全市企业达到150家", ["到2020年"]],
    ["3年内规上企业完成改造,每年新增20家", ["3年内", "每年"]],
    ["连续3年奖补,用3年时间打造", ["连续3年", "用3年时间"]],
    ["2019年底前基本完成", ["2019年底前"]],
    ["在5月底前完成", ["5月底前"]],
    ["市政府每季度、市经信委每月通报", ["每季度", "每月"]],
    ["年内确保全年完成,明年继续", ["年内", "全年", "明年"]],
    ["新兴产业占比3年提高5%", ["3年"]],
    ["比20*年增长14%,纳入年度目标考核", []],
    ["今后三年完成改造,一季度前启动", ["今后三年", "一季度前"]],
    ["牵头单位:市工信局\n完成时限:2022年12月底", ["2022年12月底"]],
    ["深化一月一通报机制,完成十一五目标", []],
    ["2020年下半年至2021年底完成加固", ["2020年下半年至2021年底"]],
    ["2024年至2035年全面推进", ["2024年至2035年"]],
    ["2025年1月-4月完成方案", ["2025年1月-4月"]],
  ])("%s -> %j", (text, expected) => expect(times(text)).toEqual(expected));
});

describe("item-kind: background sections carry no targets", () => {
  it.each<[(string | null)[], boolean]>([
    [["发展基础"], true],
    [[null, "普陀区住房发展“十四五”回顾"], true],
    [["存在的主要问题及原因分析"], true],
    [["发展目标"], false],
    [["主要任务"], false],
  ])("%j -> %s", (headings, background) => expect(isBackground(headings)).toBe(background));
});

describe("item-kind: goal sections", () => {
  it.each<[(string | null)[], string]>([
    [["发展目标"], "goal"],
    [[null, "工作目标"], "goal"],
    [["主要目标:"], "goal"],
    [["工作措施"], "task"],
    [[null, "组织保障"], "task"],
  ])("%j -> %s", (headings, kind) => expect(itemKind(headings)).toBe(kind));
});

describe("meta: dates, 文号, title, issuer, period", () => {
  it.each([
    ["2018年12月24日", "2018-12-24"],
    ["二○○四年五月二十日", "2004-05-20"],
    ["2021-09-09", "2021-09-09"],
    ["二〇一九年十二月三十一日", "2019-12-31"],
    ["20*年5月1日", null],
  ])("date %s -> %s", (text, iso) => expect(readDate(text)?.iso ?? null).toBe(iso));

  const head = (t: string) => splitLines(normaliseText(t));
  it.each([
    ["索  引  号: 011217651/2018-00461 文      号: 鄂州政发〔2018〕19号", "鄂州政发〔2018〕19号"],
    ["文号: 沪崇府办发〔2021〕20号", "沪崇府办发〔2021〕20号"],
    ["临政办发〔2023〕12号", "临政办发〔2023〕12号"],
    ["根据《通知》(鄂政发〔2018〕16号)精神,制定本方案。", null],
  ])("文号 in %s -> %s", (text, value) => {
    const found = findDocNumber(head(text));
    expect(found ? text.slice(found.span[0], found.span[1]) : null).toBe(value);
  });

  it.each([
    ["《鄂州市工作方案(2018-2020年)》已经市人民政府同意,现印发给你们", "鄂州市工作方案(2018-2020年)"],
    ["现将《浙江省规划纲要》主要工作任务分解落实方案印发给你们", "《浙江省规划纲要》主要工作任务分解落实方案"],
    ["首页 > 文章中心 > 正文\n经贸局加强工业经济发展意见", "经贸局加强工业经济发展意见"],
    ["标题: 区农委关于印发《土壤环境保护工作方案》等的通知", "土壤环境保护工作方案"],
    ["附件1 重点任务分解表", "重点任务分解表"],
    ["前言:本站为你精心整理了范文\n为全面落实大会精神,现提出如下意见:", null],
  ])("title in %s -> %s", (text, title) => {
    const n = normaliseText(text);
    expect(findTitle(splitLines(n), n)?.value ?? null).toBe(title);
  });

  it.each([
    ["鄂州市人民政府\n2018年12月24日", "鄂州市人民政府"],
    ["发布单位: 上海市崇明区人民政府办公室", "上海市崇明区人民政府办公室"],
    ["经省政府同意,现印发给你们。\n二○○四年五月二十日", null],
  ])("issuer in %s -> %s", (text, issuer) => {
    const lines = head(text);
    expect(findIssuer(lines, lines)?.value ?? null).toBe(issuer);
  });

  it.each<[string, [number, number] | null]>([
    ["鄂州市工作方案(2018-2020年)", [2018, 2020]],
    ["临江市2024年农业农村工作要点", [2024, 2024]],
    ["松江区城市更新2025年度实施计划", [2025, 2025]],
    ["某办法(2021年修订)", null],
    ["经贸局加强工业经济发展意见", null],
  ])("period of title %s -> %j", (title, period) => {
    const n = normaliseText(title);
    expect(findPeriod(n, [0, n.length], [])?.value ?? null).toEqual(period);
  });
});

describe("segment/table/cell-kind: what a cell holds, read from the cell alone", () => {
  it.each([
    ["12", "seq"],
    ["一、调整能源结构", "sectionTitle"],
    ["345个", "number"],
    ["35-36", "number"],
    ["24.3万户/682个", "number"],
    ["634吨/日", "number"],
    ["2025年底前", "when"],
    ["持续推进", "when"],
    ["区文明办、区房管局", "units"],
    ["社区", "shortText"],
    ["建设城市交通基础设施监测平台", "text"],
    ["南桥镇秀南路161号", "address"],
    ["—", "blank"],
  ])("%s -> %s", (text, kind) => expect(cellKind(text)).toBe(kind));
});

describe("rules/cell-targets: a number cell under its header", () => {
  const column = (header: string) => ({ role: "number" as const, header, unit: headerUnit(header), span: null });
  const targets = (cell: string, header: string) =>
    cellTargets(cell, cell, { span: [0, cell.length], role: "number", column: column(header) }).map((t) => [t.metric, t.value, t.unit, t.cmp, t.change]);
  it.each<[string, string, unknown[][]]>([
    ["39", "减量化面积(公顷)", [["减量化面积", 39, "公顷", "=", null]]],
    ["35-36", "十四五装机计划(MW)", [["十四五装机计划", 35, "MW", ">=", null], ["十四五装机计划", 36, "MW", "<=", null]]],
    ["1", "新增示范工程", [["示范工程", 1, null, "=", "up"]]],
    ["郊野单元", "备注", []],
    ["0.55", "十三五已建成(万m2)", []],
    ["27.73", "2025年规划人口(万)", []],
    ["0.00", "2021年任务(万m2)", []],
  ])("%s under %s", (cell, header, expected) => expect(targets(cell, header)).toEqual(expected));
});
