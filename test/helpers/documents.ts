/** Small policy documents for tests, and the same document revised (one item changed, one removed, one added). */

/** A plan with a goal section and two tasks; units written as 市经信局, 市财政局, 经信局, 市发改委. */
export const SAMPLE_PLAN = `鄂州市工业稳增长工作方案(2024—2025年)

一、工作目标
(一)工业稳定增长。规模以上工业增加值年均增长8%以上。
二、重点任务
1、推进技术改造。新增规上工业企业不少于20家。(市经信局牵头,市财政局配合)
2、加强要素保障。全市工业用电量增长5%。(经信局、市发改委负责)
`;

/** SAMPLE_PLAN revised: 二/1 raises its target, 二/2 is gone, 二/3 is new. */
export const SAMPLE_PLAN_REVISED = `鄂州市工业稳增长工作方案(2024—2025年)

一、工作目标
(一)工业稳定增长。规模以上工业增加值年均增长8%以上。
二、重点任务
1、推进技术改造。新增规上工业企业不少于30家。(市经信局牵头,市财政局配合)
3、优化营商环境。企业开办时间压缩至1个工作日。(市经信局负责)
`;
