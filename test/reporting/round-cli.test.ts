/** `luoshi round open|list` and `luoshi owing`, run as a user runs them against an embedded database on disk. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/server/db/client.ts";
import { runCli } from "../cli/run-cli.ts";
import { makeUnit, makeUser } from "../helpers/factories.ts";
import { insertBulkPlan } from "./bulk-plan.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "luoshi-round-cli-"));
let planId: string;
const previous = { data: process.env.LUOSHI_DATA, url: process.env.DATABASE_URL };

beforeAll(async () => {
  const database = await openDatabase({ dataDir: path.join(scratch, "pglite") });
  await database.migrate();
  const units = [];
  for (const name of ["市经信局", "市发改委", "鄂城区"]) units.push((await makeUnit(database.db, { name })).id);
  planId = (await insertBulkPlan(database.db, units)).planId;
  await makeUser(database.db, { role: "supervisor" });
  await makeUser(database.db, { role: "reporter", username: "jxj", unitIds: [units[0]] });
  await database.close();
  process.env.LUOSHI_DATA = scratch;
  delete process.env.DATABASE_URL;
});
afterAll(() => {
  if (previous.data === undefined) delete process.env.LUOSHI_DATA;
  else process.env.LUOSHI_DATA = previous.data;
  if (previous.url !== undefined) process.env.DATABASE_URL = previous.url;
  rmSync(scratch, { recursive: true, force: true });
});

describe("luoshi round and luoshi owing", () => {
  it("opens a round, lists it, and names every unit that still owes", () => {
    const opened = runCli("round", "open", "--plan", planId, "--period", "2025-09", "--deadline", "2025-10-05");
    expect(opened.errorLines).toEqual([]);
    expect(opened.status).toBe(0);
    expect(opened.stdout).toContain("已开启报送轮次 2025-09(截止 2025-10-05),共 3 份报告");
    const listed = runCli("round", "list");
    expect(listed.stdout).toMatch(/\t2025-09\t截止 2025-10-05\topen\t0\/3\n$/);
    const owing = runCli("owing");
    expect(owing.status).toBe(0);
    const lines = owing.stdout.trim().split("\n");
    expect(lines[0]).toBe("2025-09 报送轮次(截止 2025-10-05):3 个单位未报齐");
    expect(lines.slice(1).map((l) => l.split("\t").slice(0, 2).join(" ")).sort()).toEqual(["市发改委 1 项", "市经信局 1 项", "鄂城区 1 项"]);
  });

  it("schedules rounds to open themselves through pg-boss", async () => {
    const scheduled = runCli("round", "schedule", "--plan", planId, "--kind", "quarterly", "--deadline-after", "7");
    expect(scheduled.errorLines).toEqual([]);
    expect(scheduled.stdout).toContain("已设置定期报送:0 9 1 1,4,7,10 *(Asia/Shanghai),截止为开启后 7 天");
    expect(runCli("round", "schedule", "--plan", planId, "--deadline-after", "soon").status).toBe(2);
    const database = await openDatabase({ dataDir: path.join(scratch, "pglite") });
    const rows = await database.pglite?.query<{ name: string; cron: string; data: { planIds: string[]; kind: string; deadlineAfterDays: number } }>(
      "select name, cron, data from pgboss.schedule",
    );
    await database.close();
    expect(rows?.rows).toEqual([
      { name: "rounds.open-scheduled", cron: "0 9 1 1,4,7,10 *", data: expect.objectContaining({ planIds: [planId], kind: "quarterly", deadlineAfterDays: 7 }) },
    ]);
  });

  it("refuses a reporter opening a round with one line and exit code 2", () => {
    const refused = runCli("round", "open", "--plan", planId, "--period", "2025-10", "--deadline", "2025-11-05", "--as", "jxj");
    expect(refused.status).toBe(2);
    expect(refused.errorLines).toEqual(["没有权限执行此操作 / You are not allowed to do this (auth.forbidden)"]);
    expect(runCli("owing", "--as", "nobody").errorLines).toEqual(["找不到该用户 / No such user (cli.unknown_user)"]);
  });
});
