import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, createTestApp, type Session, signIn, type TestApp } from "../../../../test/helpers/app.ts";
import { SAMPLE_PLAN, SAMPLE_PLAN_REVISED } from "../../../../test/helpers/documents.ts";
import { makeUnit, makeUser } from "../../../../test/helpers/factories.ts";
import { multipartFile } from "../../../../test/helpers/multipart.ts";
import { queryRows } from "../../db/client.ts";
import { defaultImportDeps } from "./imports.deps.ts";
import { importDocument } from "./imports.service.ts";

let t: TestApp;
let supervisor: Session;
beforeAll(async () => {
  t = await createTestApp({ config: { uploadLimitBytes: 64 * 1024 } });
  const jxj = await makeUnit(t.database.db, { name: "市经信局" });
  await makeUser(t.database.db, { role: "supervisor" });
  await makeUser(t.database.db, { role: "viewer" });
  await makeUser(t.database.db, { role: "reporter", unitIds: [jxj.id] });
  supervisor = await signIn(t.app, "supervisor");
});
afterAll(() => t.close());

const upload = (session: Session, url: string, fileName: string, bytes: Buffer | string) => {
  const { payload, headers } = multipartFile(fileName, bytes);
  return session.call("POST", url, undefined, { payload, headers });
};

async function count(table: string): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(t.database.db, sql.raw(`select count(*) as n from ${table}`));
  return Number(row.n);
}

describe("POST /api/plans/import", () => {
  it("imports an uploaded .txt as a draft and keeps the original bytes with their sha256", async () => {
    const bytes = Buffer.from(SAMPLE_PLAN, "utf8");
    const response = await upload(supervisor, "/api/plans/import", "方案.txt", bytes);
    expect(response.statusCode).toBe(201);
    expect(response.json().plan).toMatchObject({ status: "draft", counts: { items: 5, targets: 3 } });
    const [doc] = await queryRows<{ size: number; sha256: string; file_name: string }>(
      t.database.db,
      sql`select size, sha256, file_name from documents order by created_at desc limit 1`,
    );
    expect(doc).toMatchObject({ size: bytes.byteLength, file_name: "方案.txt" });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    const original = await supervisor.call("GET", `/api/plans/${response.json().plan.id}/document`);
    expect(original.statusCode).toBe(200);
    expect(original.rawPayload.equals(bytes)).toBe(true);
    expect(original.headers["content-disposition"]).toContain(encodeURIComponent("方案.txt"));
    const reporter = await signIn(t.app, "reporter");
    expect((await reporter.call("GET", `/api/plans/${response.json().plan.id}/document`)).statusCode).toBe(403); // reporters never read source files, whatever the plan
    expect((await anonymous(t.app, "GET", `/api/plans/${response.json().plan.id}/document`)).statusCode).toBe(401);
    expect((await supervisor.call("GET", `/api/plans/${response.json().plan.id}/document?revision=9`)).statusCode).toBe(404);
  });

  it("imports a task table flattened one cell per line as rows whose cells the review screen can highlight", async () => {
    const table = ["附件", "", "序号", "", "重点任务", "", "牵头部门", "", "完成时限", "", "1", "", "推进屋顶光伏建设", "", "市经信局", "", "2025年底前", "",
      "2", "", "开展公共建筑节能改造", "", "市经信局", "", "年内"].join("\n");
    const response = await upload(supervisor, "/api/plans/import", "分工表.txt", Buffer.from(table, "utf8"));
    expect(response.statusCode).toBe(201);
    const detail = (await supervisor.call("GET", `/api/plans/${response.json().plan.id}`)).json();
    const rows = detail.items.map((i: { key: string; cells: { span: [number, number]; column: string }[] }) => [i.key, i.cells.map((c) => `${c.column}=${detail.text.slice(c.span[0], c.span[1])}`)]);
    expect(rows).toEqual([
      ["附件/1", ["重点任务=推进屋顶光伏建设", "牵头部门=市经信局", "完成时限=2025年底前"]],
      ["附件/2", ["重点任务=开展公共建筑节能改造", "牵头部门=市经信局", "完成时限=年内"]],
    ]);
  });

  it("refuses an unsupported type with 415, a corrupt .docx with 400, an empty paste with 400", async () => {
    const exe = await upload(supervisor, "/api/plans/import", "setup.exe", Buffer.from("MZ\u0000\u0001binary"));
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error).toMatchObject({ code: "files.unsupported_type", message: expect.any(String), messageEn: expect.any(String) });
    const docx = await upload(supervisor, "/api/plans/import", "方案.docx", Buffer.from("this is not a zip at all"));
    expect(docx.statusCode).toBe(400);
    expect(docx.json().error.code).toBe("files.corrupt");
    const empty = await supervisor.call("POST", "/api/plans/import", { text: "   " });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe("imports.empty_text");
    const nothing = await supervisor.call("POST", "/api/plans/import");
    expect(nothing.statusCode).toBe(400);
  });

  it("refuses an upload or a paste above the configured limit with 413", async () => {
    const big = "一、工作目标\n".repeat(10_000);
    const file = await upload(supervisor, "/api/plans/import", "big.txt", big);
    expect(file.statusCode).toBe(413);
    expect(file.json().error.messageEn).toMatch(/limit/);
    const paste = await supervisor.call("POST", "/api/plans/import", { text: big });
    expect(paste.statusCode).toBe(413);
  });

  it("is forbidden to viewers and reporters, without CSRF, and without a session", async () => {
    for (const username of ["viewer", "reporter"]) {
      const session = await signIn(t.app, username);
      expect((await session.call("POST", "/api/plans/import", { text: SAMPLE_PLAN })).statusCode).toBe(403);
    }
    expect((await supervisor.call("POST", "/api/plans/import", { text: SAMPLE_PLAN }, { csrf: false })).statusCode).toBe(403);
    expect((await anonymous(t.app, "POST", "/api/plans/import", { text: SAMPLE_PLAN })).statusCode).toBe(401);
  });

  it("leaves no partial plan when a step fails mid-import", async () => {
    const before = await Promise.all(["plans", "documents", "items", "targets", "assignments", "plan_revisions", "audit_log"].map(count));
    const [row] = await queryRows<{ id: string }>(t.database.db, sql`select id from users where username = 'supervisor'`);
    const ctx = {
      db: t.database.db,
      clock: t.clock,
      actor: { id: row.id, username: "supervisor", displayName: "s", role: "supervisor" as const, unitIds: [] },
      maxBytes: 1024 * 1024,
      importer: {
        ...defaultImportDeps,
        afterStep: (step: string) => {
          if (step === "items") throw new Error("disk full");
        },
      },
    };
    await expect(importDocument(ctx, { kind: "text", text: SAMPLE_PLAN })).rejects.toThrow("disk full");
    const after = await Promise.all(["plans", "documents", "items", "targets", "assignments", "plan_revisions", "audit_log"].map(count));
    expect(after).toEqual(before);
  });
});

describe("POST /api/plans/:id/versions (re-import)", () => {
  it("matches items by stable key, keeps their ids, and reports what was added, removed and changed", async () => {
    const created = (await supervisor.call("POST", "/api/plans/import", { text: SAMPLE_PLAN, fileName: "v1.txt" })).json().plan;
    const first = (await supervisor.call("GET", `/api/plans/${created.id}`)).json();
    const response = await supervisor.call("POST", `/api/plans/${created.id}/versions`, { text: SAMPLE_PLAN_REVISED, fileName: "v2.txt" });
    expect(response.statusCode).toBe(201);
    const { plan, diff } = response.json();
    expect(plan).toMatchObject({ id: created.id, revision: 2, counts: { items: 5 } });
    expect(diff.added.map((ref: { key: string }) => ref.key)).toEqual(["二/3"]);
    expect(diff.removed.map((ref: { key: string }) => ref.key)).toEqual(["二/2"]);
    expect(diff.changed).toEqual([{ item: expect.objectContaining({ key: "二/1" }), fields: expect.arrayContaining(["text", "targets"]) }]);
    const second = (await supervisor.call("GET", `/api/plans/${created.id}`)).json();
    const idOf = (detail: { items: { key: string; id: string }[] }, key: string) => detail.items.find((item) => item.key === key)?.id;
    expect(idOf(second, "二/1")).toBe(idOf(first, "二/1"));
    expect(idOf(second, "二/2")).toBeUndefined();
    expect(second.items.find((item: { key: string }) => item.key === "二/1").targets[0]).toMatchObject({ value: 30 });
    const versions = (await supervisor.call("GET", `/api/plans/${created.id}/versions`)).json();
    expect(versions.map((v: { revision: number }) => v.revision)).toEqual([1, 2]);
    const stored = (await supervisor.call("GET", `/api/plans/${created.id}/diff?from=1&to=2`)).json();
    expect(stored).toEqual(diff);
    expect((await supervisor.call("GET", `/api/plans/${created.id}/diff?from=1&to=7`)).statusCode).toBe(404);
  });

  it("importing the same document again changes nothing", async () => {
    const created = (await supervisor.call("POST", "/api/plans/import", { text: SAMPLE_PLAN })).json().plan;
    const before = (await supervisor.call("GET", `/api/plans/${created.id}`)).json();
    const { diff } = (await supervisor.call("POST", `/api/plans/${created.id}/versions`, { text: SAMPLE_PLAN })).json();
    expect(diff).toEqual({ added: [], removed: [], changed: [] });
    const after = (await supervisor.call("GET", `/api/plans/${created.id}`)).json();
    expect(after.items.map((item: { id: string; version: number }) => [item.id, item.version])).toEqual(
      before.items.map((item: { id: string; version: number }) => [item.id, item.version]),
    );
  });

  it("is forbidden to a viewer, and 404 for an unknown plan", async () => {
    const viewer = await signIn(t.app, "viewer");
    const plans = (await supervisor.call("GET", "/api/plans")).json();
    expect((await viewer.call("POST", `/api/plans/${plans[0].id}/versions`, { text: SAMPLE_PLAN })).statusCode).toBe(403);
    const unknown = await supervisor.call("POST", "/api/plans/00000000-0000-4000-8000-000000000000/versions", { text: SAMPLE_PLAN });
    expect(unknown.statusCode).toBe(404);
    expect((await viewer.call("GET", `/api/plans/${plans[0].id}/diff?from=1&to=2`)).statusCode).toBe(404);
  });
});
