/**
 * The bulletin as an HTML page for the in-app preview: the same blocks as the .docx, styled to look like the
 * printed 公文 (A4 width, 仿宋 body, 黑体 and 楷体 headings, 28.95 pt lines).
 */
import { composeBulletin, type BulletinBlock } from "./bulletin.blocks.ts";
import type { BulletinDto } from "./bulletin.dto.ts";
import { escapeHtml } from "./html-escape.ts";
import { balanceTitle } from "./official-paragraphs.ts";

const STYLE = `
.gongwen{box-sizing:border-box;width:210mm;min-height:297mm;margin:0 auto;padding:37mm 26mm 35mm 28mm;background:#fff;color:#000;
  font:16pt/28.95pt "仿宋_GB2312","仿宋",FangSong,STFangsong,"Noto Serif CJK SC",serif;text-align:justify}
.gongwen p{margin:0;text-indent:2em}
.gongwen .masthead{color:#e60012;text-align:center;text-indent:0;font:42pt/48pt "方正小标宋简体","宋体",SimSun,"Noto Serif CJK SC",serif}
.gongwen .issue{text-align:center;text-indent:0}
.gongwen .rule{display:flex;justify-content:space-between;text-indent:0;padding:0 1em;border-bottom:2px solid #e60012;margin-bottom:28.95pt}
.gongwen h1{margin:0 0 28.95pt;text-align:center;font:22pt/35pt "方正小标宋简体","宋体",SimSun,"Noto Serif CJK SC",serif}
.gongwen .addressee{text-indent:0}
.gongwen h2{margin:0;text-indent:2em;font:16pt/28.95pt "黑体",SimHei,"Noto Sans CJK SC",sans-serif}
.gongwen h3{margin:0;text-indent:2em;font:16pt/28.95pt "楷体_GB2312","楷体",KaiTi,STKaiti,serif}
.gongwen .signature{margin-top:57.9pt;float:right;text-align:center;text-indent:0;margin-right:4em}
.gongwen .signature p{text-indent:0}
.gongwen::after{content:"";display:block;clear:both}`;

function html(block: BulletinBlock): string {
  const e = escapeHtml;
  switch (block.kind) {
    case "masthead":
      return (
        `<p class="masthead">${e(block.text)}</p>` +
        (block.issueNumber ? `<p class="issue">${e(block.issueNumber)}</p>` : "") +
        `<p class="rule"><span>${e(block.issuer)}</span><span>${e(block.date)}</span></p>`
      );
    case "title":
      return `<h1>${balanceTitle(block.text).map(e).join("<br>")}</h1>`;
    case "addressee":
      return `<p class="addressee">${e(block.text)}</p>`;
    case "heading1":
      return `<h2>${e(block.text)}</h2>`;
    case "heading2":
      return `<h3>${e(block.text)}</h3>`;
    case "paragraph":
      return `<p>${e(block.text)}</p>`;
    case "signature":
      return `<div class="signature"><p>${e(block.issuer)}</p><p>${e(block.date)}</p></div>`;
  }
}

/** Renders a bulletin as a self-contained HTML fragment (`<style>` + `<article>`), safe to embed. */
export function renderBulletinHtml(dto: BulletinDto): string {
  return `<style>${STYLE}</style><article class="gongwen">${composeBulletin(dto).map(html).join("")}</article>`;
}
