/** Word list numbers as Word shows them, for the formats Chinese documents use. */
import { describe, expect, it } from "vitest";
import { formatListNumber } from "../../src/server/files/readers/list-number-formats.ts";

describe("formatListNumber", () => {
  it.each([
    ["chineseCounting", 1, "一"],
    ["chineseCounting", 10, "十"],
    ["chineseCounting", 11, "十一"],
    ["chineseCounting", 20, "二十"],
    ["chineseCounting", 21, "二十一"],
    ["chineseCountingThousand", 100, "一百"],
    ["chineseCountingThousand", 105, "一百零五"],
    ["chineseCountingThousand", 110, "一百一十"],
    ["chineseCountingThousand", 1010, "一千零一十"],
    ["taiwaneseCountingThousand", 16, "十六"],
    ["chineseLegalSimplified", 12, "壹拾贰"],
    ["ideographTraditional", 3, "丙"],
    ["decimalEnclosedCircle", 3, "③"],
    ["decimalEnclosedCircleChinese", 20, "⑳"],
    ["decimalEnclosedCircle", 21, "21"],
    ["decimalFullWidth", 12, "１２"],
    ["decimalZero", 7, "07"],
    ["upperRoman", 14, "XIV"],
    ["lowerLetter", 27, "aa"],
    ["decimal", 8, "8"],
    ["someFutureFormat", 8, "8"],
  ])("%s %d → %s", (format, n, shown) => {
    expect(formatListNumber(format, n)).toBe(shown);
  });
});
