import { describe, expect, it } from "vitest";
import { byWorst, type Status } from "./status.ts";

describe("byWorst: one order for every list of statuses", () => {
  it("puts red before amber before green before done, and not started last", () => {
    const mixed: Status[] = ["done", "not_started", "green", "red", "amber", "red"];
    expect([...mixed].sort(byWorst)).toEqual(["red", "red", "amber", "green", "done", "not_started"]);
  });
});
