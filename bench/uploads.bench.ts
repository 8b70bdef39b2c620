/**
 * Hostile uploads (issue 13): each hostile file's time to its 4xx, and /api/health's worst answer time while the
 * file was being parsed (asked every 20 ms), through app.inject on a PGlite app.
 */
import { anonymous, createTestApp, signIn } from "../test/helpers/app.ts";
import { makeUser } from "../test/helpers/factories.ts";
import { multipartFile } from "../test/helpers/multipart.ts";
import { docxBomb, oneCellBombXlsx, repeatedRowsBombXlsx } from "../test/helpers/zip-bomb.ts";
import { timed } from "./province/measure.ts";

export const name = "hostile uploads: time to a clear 4xx, health meanwhile";

const GOALS = { refusedMs: 5000, healthMs: 100 };

const FILES: [string, string, () => Promise<Buffer>][] = [
  ["one-cell bomb .xlsx (500 MB in A1)", "任务表.xlsx", () => oneCellBombXlsx(500)],
  ["repeated-rows bomb .xlsx (300 MB)", "任务表.xlsx", () => repeatedRowsBombXlsx(300)],
  ["1 GB .docx bomb", "方案.docx", () => docxBomb(1000)],
  ["15 MB fake PDF", "方案.pdf", async () => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(15 * 1024 * 1024, 0x41)])],
];

export async function run(): Promise<Record<string, string>> {
  const t = await createTestApp();
  try {
    await makeUser(t.database.db, { role: "supervisor" });
    const supervisor = await signIn(t.app, "supervisor");
    const results: Record<string, string> = {};
    for (const [label, fileName, make] of FILES) {
      const bytes = await make();
      const { payload, headers } = multipartFile(fileName, bytes);
      let done = false;
      const health: number[] = [];
      const probe = (async () => {
        while (!done) {
          health.push((await timed(() => anonymous(t.app, "GET", "/api/health"))).ms);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      const upload = await timed(() => supervisor.call("POST", "/api/plans/import", undefined, { payload, headers }));
      done = true;
      await probe;
      const worst = Math.max(...health);
      const met = upload.ms <= GOALS.refusedMs && worst <= GOALS.healthMs && upload.result.statusCode < 500;
      results[`${label} (${(bytes.length / 1024).toFixed(0)} KB)`] =
        `${upload.result.statusCode} ${upload.result.json().error?.code} in ${upload.ms.toFixed(0)} ms; health worst ${worst.toFixed(1)} ms over ${health.length} probes (goal ≤ ${GOALS.refusedMs} ms and ≤ ${GOALS.healthMs} ms: ${met ? "met" : "MISSED"})`;
    }
    return results;
  } finally {
    await t.close();
  }
}
