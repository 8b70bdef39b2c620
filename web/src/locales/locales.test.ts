import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { enUS } from "./en-US.ts";
import { format } from "./i18n.tsx";
import { zhCN } from "./zh-CN.ts";

const SRC = new URL("..", import.meta.url).pathname;
const HAN = /\p{Script=Han}/u;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "locales" ? [] : sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Chinese outside comments: strips // and /* *\/ comments (good enough for our sources). */
function codeWithoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
}

describe("locale files", () => {
  it("keep every user-visible Chinese string out of the components", () => {
    const offenders = sources(SRC).filter((path) => HAN.test(codeWithoutComments(readFileSync(path, "utf8"))));
    expect(offenders).toEqual([]);
  });

  it("use the same placeholders in Chinese and English", () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(names(enUS[key]), key).toEqual(names(zhCN[key]));
    }
  });

  it("fill placeholders and leave unknown ones visible", () => {
    expect(format("逾期 {days} 天", { days: 3 })).toBe("逾期 3 天");
    expect(format("{a}/{b}", { a: 1 })).toBe("1/{b}");
  });
});
