/**
 * Whatever bytes arrive, a reader gives text or a files.* error a user can act on: never a crash, a hang or
 * an untyped exception. Inputs are arbitrary bytes and real fixtures with bytes overwritten.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAppError } from "../../src/server/errors.ts";
import { parseIsolated } from "../../src/server/files/isolated/isolated.ts";
import { DEFAULT_MAX_BYTES, readDocument } from "../../src/server/files/readers/read-document.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/files/${name}`, import.meta.url)));

/** Reads and reports what came out: "text" or the error code; anything else fails the property. */
async function outcome(bytes: Uint8Array, name: string): Promise<string> {
  try {
    const { text } = await readDocument(bytes, name);
    expect(typeof text).toBe("string");
    return "text";
  } catch (error) {
    if (!isAppError(error)) throw error;
    expect(error.code).toMatch(/^files\.[a-z_]+$/);
    return error.code;
  }
}

/** A real file with some bytes overwritten at random places. */
function damaged(original: Uint8Array) {
  return fc
    .array(fc.tuple(fc.nat({ max: original.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 })
    .map((edits) => {
      const bytes = original.slice();
      for (const [at, value] of edits) bytes[at] = value;
      return bytes;
    });
}

describe("readers never crash", () => {
  it.each(["notice.txt", "notice.html", "notice.docx", "notice.pdf", "notice.xlsx", "upload"])(
    "arbitrary bytes named %s",
    async (name) => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
          await outcome(bytes, name);
        }),
        { numRuns: 60 },
      );
    },
  );

  it.each([
    ["seed-002.docx", 40],
    ["task-table.xlsx", 40],
    ["gov-page.html", 60],
    ["seed-000-gbk.txt", 60],
    ["seed-002.pdf", 15],
  ])("%s with bytes overwritten", async (name, numRuns) => {
    await fc.assert(
      fc.asyncProperty(damaged(fixture(name)), async (bytes) => {
        await outcome(bytes, name);
      }),
      { numRuns },
    );
  });
});

describe("readers in their worker never crash it", () => {
  it.each(["seed-002.docx", "task-table.xlsx", "seed-002.pdf"])("%s with bytes overwritten, read in a parse worker", async (name) => {
    await fc.assert(
      fc.asyncProperty(damaged(fixture(name)), async (bytes) => {
        try {
          await parseIsolated({ kind: "read", bytes, fileName: name, maxBytes: DEFAULT_MAX_BYTES });
        } catch (error) {
          if (!isAppError(error)) throw error;
          expect(error.code).toMatch(/^files\.[a-z_]+$/);
        }
      }),
      { numRuns: 8 },
    );
  }, 60_000);
});
