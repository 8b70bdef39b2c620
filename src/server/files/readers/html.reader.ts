/**
 * A saved web page (.html): the declared charset when there is one, else UTF-8 or GB18030; the page's text as
 * lines without menus and link lists, after a header block (标题: / 发布单位: / 发布日期:) read from the page's own metadata, the shape in
 * which saved government pages carry their title, issuer and date.
 */
import type { HTMLElement } from "node-html-parser";
import { elementLines, parseHtml } from "./html-lines.ts";
import { decodeText } from "./text-decode.ts";

/** `<meta charset="gb2312">` or `<meta http-equiv="Content-Type" content="text/html; charset=gbk">`, within the head. */
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?(?<charset>[\w-]+)/i;

/** "关于印发…的通知_政策文件_某市人民政府门户网站": the page title before the site's own name. */
const TITLE_SUFFIX = /\s*(?:[_|｜]| [-–—] ).*$/;

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return DECLARED_CHARSET.exec(head)?.groups?.charset;
}

/** The content of `<meta name="…">`, matched without regard to case. */
function metaContent(root: HTMLElement, name: string): string {
  const meta = root.querySelectorAll("meta").find((element) => element.getAttribute("name")?.toLowerCase() === name.toLowerCase());
  return meta?.getAttribute("content")?.trim() ?? "";
}

/**
 * Header lines from the page's metadata: ArticleTitle / PubDate / ContentSource are the meta names Chinese
 * government site templates (政府网站 CMS) write; <title> stands in for a missing ArticleTitle.
 */
function headerLines(root: HTMLElement): string[] {
  const title = metaContent(root, "ArticleTitle") || (root.querySelector("title")?.text ?? "").trim().replace(TITLE_SUFFIX, "");
  const fields: [string, string][] = [
    ["标题", title],
    ["发布单位", metaContent(root, "ContentSource")],
    ["发布日期", metaContent(root, "PubDate").slice(0, 10)],
  ];
  return fields.filter(([, value]) => value).map(([label, value]) => `${label}:${value}`);
}

/** Reads a saved web page's bytes as text, one block of the page per line. */
export function readHtml(bytes: Uint8Array): string {
  const root = parseHtml(decodeText(bytes, declaredCharset(bytes)));
  return [...headerLines(root), ...elementLines(root, { webPage: true })].join("\n");
}
