/**
 * Lead phrases: a prose paragraph that opens with a short phrase closed by 。 ("强化产业导向。…",
 * "一要高度重视、迅速行动。…") or a short label closed by a colon ("区民防办:负责…", "“十四五”达标计划:…")
 * is an item of its own (path …/¶n) in a section without numbered children.
 */

const MAX_LEAD = 40;
const MAX_LABEL = 20;

/** Openings of a statement, not of a lead phrase: prepositions, subjects, time adverbs ("以科学发展观为指导。"). */
const NO_LEAD = /^(为|以|在|根据|按照|依据|围绕|通过|随着|对于|关于|由于|经|现|各|请|特此|此|本|该|这|我们|我市|全市|各级|近年来|目前|当前|今年)/;

/** Length of the lead phrase or label (without its 。 or colon) at the start of `text`, or 0 when there is none. */
export function leadPhraseLength(text: string): number {
  const stop = text.indexOf("。");
  const colon = text.indexOf(":");
  const isLabel = colon >= 2 && colon <= MAX_LABEL && (stop < 0 || colon < stop) && colon < text.length - 1;
  const i = isLabel ? colon : stop;
  if (i < 2 || i > MAX_LEAD) return 0;
  const head = text.slice(0, i);
  if (/[,:;()。]/.test(head) || !/^[\u4e00-\u9fff“"]/.test(head)) return 0;
  if (NO_LEAD.test(head) && !isLabel) return 0;
  return i;
}
