/**
 * The demo unit directory: a city government with its departments, the province's departments, collectives
 * with their districts (市政府 → 各区 → 鄂城区), covering the units the five seed documents name. Aliases merge the names documents use for the
 * same body (市经济和信息化局, 市经信委 → 市经信局).
 */
import type { UNIT_KINDS } from "../modules/units/units.schemas.ts";

/** One unit of the demo directory; `parent` names another entry. */
export interface DemoUnit {
  name: string;
  kind: (typeof UNIT_KINDS)[number];
  parent?: string;
  aliases?: string[];
}

const cityDepartments: [name: string, aliases?: string[]][] = [
  ["市经信局", ["市经济和信息化局", "市经信委", "经信局", "市经贸委", "经贸局"]],
  ["市发展和改革委员会", ["市发改委", "市发改局", "发改委"]],
  ["市财政局", ["财政局"]],
  ["市科技局"],
  ["市商务局", ["市外经贸局", "市商贸办"]],
  ["市自然资源和规划局", ["市国土局", "市国土资源局"]],
  ["市人力资源和社会保障局", ["市人社局", "市人事局"]],
  ["市人才办"],
  ["中国人民银行市中心支行", ["市人民银行", "市人行"]],
  ["市住房公积金中心"],
  ["市体育局"],
  ["市公共资源交易管理办公室", ["市公管办"]],
  ["市农业局"],
  ["市卫生局"],
  ["市国资委"],
  ["市招商局", ["市经合局"]],
  ["市大项目办"],
  ["市委组织部", ["市组织部"]],
  ["市委宣传部", ["市宣传部"]],
  ["市安监局"],
  ["市工商局"],
  ["市总工会"],
  ["市政府金融办", ["市金融办"]],
  ["市教育局"],
  ["市文广新局"],
  ["市旅游局"],
  ["市民政局"],
  ["市海洋与渔业局", ["市海渔局"]],
  ["市物价局"],
  ["市环保局"],
  ["市监察局"],
  ["市税务局"],
  ["市编办"],
  ["市行政服务中心", ["市行政服务中心(审改办)"]],
  ["市试点工作领导小组办公室"],
  ["市质监局"],
  ["市银监局"],
  ["市交通运输局"],
  ["市二环线搬迁办"],
  ["市二环线转型办"],
];

const provinceDepartments = [
  "省政府办公厅",
  "省经贸委",
  "省发展改革委",
  "省中小企业局",
  "省交通厅",
  "省人事厅",
  "省信息产业厅",
  "省劳动保障厅",
  "省协作办",
  "省国土资源厅",
  "省外经贸厅",
  "省工商局",
  "省打私与海防口岸办",
  "省教育厅",
  "省民政厅",
  "省环保局",
  "省监察厅",
  "省科技厅",
  "省统计局",
  "省财政厅",
  "省质量技监局",
];

/** Districts and counties, each under the collective name documents use for all of them. */
const regions: [name: string, parent: string][] = [
  ["鄂城区", "各区"],
  ["华容区", "各区"],
  ["梁子湖区", "各区"],
  ["上虞市", "各县(市、区)"],
  ["嵊州市", "各县(市、区)"],
  ["诸暨市", "各县(市、区)"],
  ["绍兴县", "各县(市、区)"],
  ["葛店开发区", "市直开发区(新区)"],
  ["鄂州开发区", "市直开发区(新区)"],
  ["绍兴经济开发区", "市直开发区(新区)"],
  ["袍江新区", "市直开发区(新区)"],
];

const collectives: [name: string, aliases?: string[]][] = [
  ["各区"],
  ["各县(市、区)", ["相关县(市、区)"]],
  ["市直开发区(新区)", ["开发区"]],
  ["市直有关部门", ["有关部门", "相关单位"]],
  ["有关市"],
  ["各通讯公司"],
];

const companies: [name: string, aliases?: string[]][] = [
  ["市供电公司"],
  ["省电力公司"],
  ["市昌达公司"],
  ["黄酒集团"],
  ["滨海新城管委会"],
];

/** The whole demo directory, parents before children. */
export const DEMO_UNITS: DemoUnit[] = [
  { name: "省政府", kind: "government" },
  { name: "市政府", kind: "government", parent: "省政府" },
  ...provinceDepartments.map((name): DemoUnit => ({ name, kind: "department", parent: "省政府" })),
  ...cityDepartments.map(([name, aliases]): DemoUnit => ({ name, kind: "department", parent: "市政府", aliases })),
  ...collectives.map(([name, aliases]): DemoUnit => ({ name, kind: "collective", parent: "市政府", aliases })),
  ...regions.map(([name, parent]): DemoUnit => ({ name, kind: "region", parent })),
  ...companies.map(([name, aliases]): DemoUnit => ({ name, kind: "company", parent: "市政府", aliases })),
];

/** Where names no directory entry covers are filed, so every demo plan can be published. */
export const OTHER_UNITS_PARENT: DemoUnit = { name: "其他单位", kind: "other", parent: "市政府" };
