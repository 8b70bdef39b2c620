import { describe, expect, it } from "vitest";
import { parseValue } from "./value-input.ts";

describe("report value input", () => {
  it.each([
    ["55.1", 55.1],
    [" 12 ", 12],
    ["-3.5", -3.5],
    ["１２．５", 12.5],
    ["1,234.5", 1234.5],
    [".5", 0.5],
  ])("reads %s as %s", (text, expected) => {
    expect(parseValue(text)).toBe(expected);
  });

  it("treats an empty box as no value", () => {
    expect(parseValue("  ")).toBeNull();
  });

  it.each(["五成", "N/A", "12%", "约10", "1e3", "--1"])("refuses %s", (text) => {
    expect(parseValue(text)).toBe("invalid");
  });
});
