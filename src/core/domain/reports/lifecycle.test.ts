import { describe, expect, it } from "vitest";
import { nextStatus, REPORT_ACTIONS, toReportStatus } from "./lifecycle.ts";
import { REPORT_STATUSES } from "./report-status.ts";

describe("the report lifecycle", () => {
  it("allows exactly these moves", () => {
    const moves = REPORT_STATUSES.flatMap((from) => REPORT_ACTIONS.flatMap((action) => {
      const to = nextStatus(from, action);
      return to ? [`${from} -${action}-> ${to}`] : [];
    }));
    expect(moves).toEqual([
      "not_started -save-> draft",
      "not_started -submit-> submitted",
      "draft -save-> draft",
      "draft -submit-> submitted",
      "submitted -accept-> accepted",
      "submitted -return-> returned",
      "returned -save-> returned",
      "returned -submit-> submitted",
    ]);
  });

  it("reads stored statuses back and refuses an unknown one", () => {
    expect(toReportStatus("returned")).toBe("returned");
    expect(() => toReportStatus("approved")).toThrow(/unknown report status/);
  });
});
