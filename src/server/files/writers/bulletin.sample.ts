/**
 * A realistic bulletin DTO of any size, for tests, benchmarks and previewing the layout without a database.
 */
import type { BulletinDto, BulletinItem, BulletinLaggingItem } from "./bulletin.dto.ts";

const UNITS = ["市经信局", "市发改委", "市科技局", "市财政局", "市商务局", "鄂城区人民政府", "华容区人民政府", "葛店开发区管委会"];
const TASKS = [
  "推动规模以上工业企业技术改造，实施重点技改项目",
  "培育新增规上工业企业，建立小升规后备企业库",
  "加快5G基站建设，推进重点场所网络全覆盖",
  "实施高新技术企业倍增计划，开展科技型中小企业评价",
  "推进重点项目建设，确保年度投资计划按期完成",
];

/** A sample bulletin with `tasks` items split into done, on track, lagging and not started. */
export function sampleBulletin(tasks = 12): BulletinDto {
  const item = (i: number): BulletinItem => ({
    path: `${Math.floor(i / 10) + 1}/${(i % 10) + 1}`,
    heading: `${TASKS[i % TASKS.length]}（第${i + 1}项）`,
    units: [UNITS[i % UNITS.length], UNITS[(i + 3) % UNITS.length]],
  });
  const done: BulletinItem[] = [];
  const lagging: BulletinLaggingItem[] = [];
  const byStatus = { done: 0, green: 0, amber: 0, red: 0, not_started: 0 };
  for (let i = 0; i < tasks; i++) {
    const slot = i % 6;
    if (slot === 0) {
      done.push(item(i));
      byStatus.done++;
    } else if (slot === 1) {
      lagging.push({ ...item(i), status: "red", reason: `应达 62.0（2025-09），实报 55.1，落后 11%，超出容差 5% → 红` });
      byStatus.red++;
    } else if (slot === 2) {
      lagging.push({ ...item(i), status: "amber", reason: `应达 40（2025-09），实报 39，落后 2.5%，在容差 5% 以内 → 黄` });
      byStatus.amber++;
    } else if (slot === 5) byStatus.not_started++;
    else byStatus.green++;
  }
  return {
    title: "关于2025年9月全市制造业高质量发展重点任务推进情况的督查通报",
    masthead: "督查通报",
    issueNumber: "第9期",
    issuer: "市政府督查室",
    date: "2025-10-08",
    addressee: "各区人民政府，市直各有关单位",
    period: "2025-09",
    deadline: "2025-10-09",
    plans: ["鄂州市制造业高质量发展实施方案（2021—2025年）"],
    figures: {
      items: tasks,
      targets: Math.round(tasks * 0.6),
      byStatus,
      unitsExpected: UNITS.length,
      unitsReported: UNITS.length - 2,
      reportsExpected: tasks * 2,
      reportsSubmitted: tasks * 2 - 3,
    },
    done,
    lagging,
    owing: [
      { unitName: "华容区人民政府", itemCount: 2, overdue: true, overdueDays: 3 },
      { unitName: "市商务局", itemCount: 1, overdue: true, overdueDays: 3 },
    ],
    problems: [
      { unitName: "葛店开发区管委会", heading: TASKS[4], text: "重点项目用地指标紧张，需市自然资源和规划局协调解决" },
      { unitName: "市经信局", heading: TASKS[0], text: "技改专项资金拨付进度较慢，建议市财政局加快审核" },
    ],
    closing:
      "各责任单位要对照年度目标任务，逐项梳理进度滞后事项，明确整改措施和完成时限，确保按期完成。\n" +
      "逾期未报送的单位要于10月12日前补报，市政府督查室将对严重滞后事项开展专项督办，并将督查情况纳入年度目标责任考核。",
  };
}
