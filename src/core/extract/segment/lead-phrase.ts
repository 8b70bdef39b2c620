/**
 * Lead phrases: a prose paragraph that opens with a short phrase closed by 。 ("强化产业导向。…",
 * "一要高度重视、迅速行动。…") is an item of its own (path …/¶n) in a section without numbered children.
 */

const MAX_LEAD = 40;

/** Length of the lead phrase (without its 。) at the start of `text`, or 0 when there is none. */
export function leadPhraseLength(text: string): number {
  const i = text.indexOf("。");
  if (i < 2 || i > MAX_LEAD) return 0;
  const head = text.slice(0, i);
  if (/[,:;()]/.test(head) || !/^[\u4e00-\u9fff“"]/.test(head)) return 0;
  if (/^(为|根据|按照|经|现|各|请|特此|此|我们)/.test(head)) return 0;
  return i;
}
