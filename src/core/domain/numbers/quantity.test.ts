import { describe, expect, it } from "vitest";
import { parseQuantityText, quantityProblem } from "./quantity.ts";

describe("quantityProblem", () => {
  it.each([
    ["an ordinary figure", 12.5, {}, undefined, null],
    ["1e308 as a target", 1e308, {}, undefined, "out_of_range"],
    ["Infinity", Infinity, {}, undefined, "not_finite"],
    ["NaN", Number.NaN, {}, undefined, "not_finite"],
    ["23 nines, typed", 1e23, {}, "99999999999999999999999", "out_of_range"],
    ["16 significant digits typed", 1234567.890123456, {}, "1234567.890123456", "too_many_digits"],
    ["15 significant digits typed", 123456789012.345, {}, "123456789012.345", null],
    ["a JSON number beyond double precision", 0.1234567890123456789, {}, undefined, "too_many_digits"],
    ["the bound itself", 1e12, {}, undefined, null],
    ["a share of 100%", 100, { unit: "%", metric: "覆盖率" }, undefined, null],
    ["a share of 101%", 101, { unit: "%", metric: "覆盖率" }, undefined, "share_over_100"],
    ["a negative share", -1, { unit: "%", metric: "覆盖率" }, undefined, "share_over_100"],
    ["20 nines percent reported", 99999999999999999999, { unit: "%" }, undefined, "out_of_range"],
    ["a growth rate of 120%", 120, { unit: "%", metric: "营业收入增长" }, undefined, null],
    ["a change target of 150%", 150, { unit: "%", metric: "产值", change: "up" }, undefined, null],
    ["150 of a unit that is not a percentage", 150, { unit: "个", metric: "覆盖率" }, undefined, null],
  ])("%s", (_name, value, context, typed, expected) => {
    expect(quantityProblem(value, context, typed)).toBe(expected);
  });
});

describe("parseQuantityText", () => {
  it.each([
    ["1,200", 1200],
    ["８.５", 8.5],
    ["8.5%", 8.5],
    [" 12 ", 12],
    ["N/A", null],
    ["五成", null],
  ])("%s", (text, expected) => {
    expect(parseQuantityText(text)?.value ?? null).toBe(expected);
  });
});
