/**
 * Word's list number formats (w:numFmt) as the text Word shows: 3 in "chineseCounting" is 三, in
 * "decimalEnclosedCircle" ③, in "upperRoman" III. Used to write back the numbers of auto-numbered paragraphs.
 */

const CHINESE_DIGITS = "零一二三四五六七八九";
const CHINESE_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五, up to 9999. */
export function chineseCounting(n: number, digits = CHINESE_DIGITS, units = ["", "十", "百", "千"]): string {
  if (n <= 0 || n >= 10_000) return String(n);
  const places = String(n).split("").map(Number).reverse();
  let text = "";
  let pendingZero = false;
  for (let place = places.length - 1; place >= 0; place--) {
    const digit = places[place];
    if (digit === 0) {
      pendingZero = text !== "";
      continue;
    }
    if (pendingZero) text += digits[0];
    pendingZero = false;
    const spoken = digit === 1 && place === 1 && text === "" && units[1] === "十" ? "" : digits[digit];
    text += spoken + units[place];
  }
  return text;
}

function letters(n: number, alphabet: string): string {
  let text = "";
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / alphabet.length)) {
    text = alphabet[(rest - 1) % alphabet.length] + text;
  }
  return text;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let rest = n;
  let text = "";
  for (const [value, numeral] of table) {
    for (; rest >= value; rest -= value) text += numeral;
  }
  return text;
}

function cyclic(n: number, symbols: string): string {
  return symbols[(n - 1) % symbols.length];
}

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalZero: (n) => String(n).padStart(2, "0"),
  decimalFullWidth: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalEnclosedCircle: (n) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n)),
  decimalEnclosedCircleChinese: (n) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n)),
  decimalEnclosedFullstop: (n) => `${n}.`,
  decimalEnclosedParen: (n) => `(${n})`,
  chineseCounting: (n) => chineseCounting(n),
  chineseCountingThousand: (n) => chineseCounting(n),
  taiwaneseCounting: (n) => chineseCounting(n),
  taiwaneseCountingThousand: (n) => chineseCounting(n),
  japaneseCounting: (n) => chineseCounting(n),
  ideographDigital: (n) => String(n).replace(/\d/g, (d) => CHINESE_DIGITS[Number(d)]),
  chineseLegalSimplified: (n) => chineseCounting(n, CHINESE_LEGAL_DIGITS, ["", "拾", "佰", "仟"]),
  ideographTraditional: (n) => cyclic(n, HEAVENLY_STEMS),
  ideographZodiac: (n) => cyclic(n, EARTHLY_BRANCHES),
  upperLetter: (n) => letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
  lowerLetter: (n) => letters(n, "abcdefghijklmnopqrstuvwxyz"),
  upperRoman: roman,
  lowerRoman: (n) => roman(n).toLowerCase(),
  none: () => "",
};

/** The number `n` written in Word's list format `format`; unknown formats fall back to decimal. */
export function formatListNumber(format: string, n: number): string {
  return (FORMATS[format] ?? String)(n);
}
