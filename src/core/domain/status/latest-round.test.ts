import { describe, expect, it } from "vitest";
import { latestRound } from "./latest-round.ts";

const opened = new Date("2025-09-01T02:00:00Z");
const round = (roundId: string, period: string, deadline: string, at = opened) => ({ roundId, period, deadline, roundCreatedAt: at });

describe("latestRound: the same round whatever order the rows arrive in", () => {
  it("breaks a tie of rounds opened in one transaction by period, deadline and id", () => {
    const rows = [round("b", "2025-08", "2025-09-10"), round("a", "2025-08", "2025-09-20"), round("c", "2025-07", "2025-09-30")];
    const picks = [rows, [...rows].reverse(), [rows[1], rows[2], rows[0]]].map((order) => latestRound(order)?.roundId);
    expect(picks).toEqual(["a", "a", "a"]);
  });

  it("takes the round opened last when their times differ, and nothing from no rows", () => {
    const later = round("z", "2025-07", "2025-08-01", new Date("2025-09-02T00:00:00Z"));
    expect(latestRound([later, round("a", "2025-08", "2025-09-20")])?.roundId).toBe("z");
    expect(latestRound([])).toBeUndefined();
  });
});
