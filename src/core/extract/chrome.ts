/**
 * Page chrome: lines a saved web page or a template site wraps around the document. They are never
 * items; meta reads the header fields among them before they are dropped.
 */

/** Lines that are chrome whatever comes around them. */
export const CHROME_LINES: RegExp[] = [
  /^首页\s*[>›»]/,
  /^当前位置/,
  /^您(现在)?的位置/,
  /扫一扫/,
  /^(打印|关闭)(本页|窗口)?$/,
  /^【?(打印|关闭|收藏)/,
  /^前言\s*:/,
  /^>/,
  /^-{3,}$/,
  /^\|?\s*:?-{3,}/,
  /^(索\s*引\s*号|信息分类|发布机构|发文机关|主题分类|公开方式|有\s*效\s*性|层级|类型|分类|状态|官方链接|来源|浏览次数|字号)\s*:/,
  /^(标题|文\s*号|发布单位|发布日期|成文日期|发文字号)\s*:/,
  /^\(此件公开发布\)$/,
  /^(分享到|责任编辑|相关链接|附件下载|上一篇|下一篇|相关文章|相关阅读|网站地图|联系我们|版权所有|主办单位|承办单位|网站标识码|技术支持)/,
  /^【?(字体|字号)\s*[:]/,
  /(浏览|点击|阅读|访问)(次数|量)\s*[:]/,
  /^(发布时间|发文日期|来源)\s*[:]/,
  /Copyright|ICP备|©/i,
];

/** True when the line is page chrome. */
export function isChrome(line: string): boolean {
  return CHROME_LINES.some((re) => re.test(line));
}
