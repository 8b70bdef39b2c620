/**
 * Parsing uploads off the request loop: each task runs in its own worker thread with a heap limit and a time
 * limit, so a zip bomb, a cell of 500 MB or a 20 MB paste costs one worker, never the server. A worker past its
 * memory or its time is terminated and the upload answered 413 or 422 with the limit named; at most
 * MAX_PARALLEL workers run at once (later uploads wait their turn), so parsing never takes every core.
 */
import { Worker } from "node:worker_threads";
import { AppError } from "../../errors.ts";
import type { ParseOutcome, ParseTask } from "./parse-task.ts";

/** The limits a parse runs under. */
export interface ParseLimits {
  /** the worker's JavaScript heap, MB */
  heapMb: number;
  /** wall time before the worker is terminated, ms */
  timeoutMs: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { heapMb: 512, timeoutMs: 20_000 };

const MAX_PARALLEL = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<() => void> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

export const parseErrors = {
  tooMuchMemory: (heapMb: number) =>
    new AppError(
      "files.too_much_memory",
      413,
      `读取文件需要超过 ${heapMb} MB 内存,已停止;请检查或拆分后再导入`,
      `Reading the file needed more than ${heapMb} MB of memory and was stopped; check or split it and try again`,
      { heapMb },
    ),
  tooSlow: (timeoutMs: number) =>
    new AppError(
      "files.too_slow",
      422,
      `文件处理超过 ${timeoutMs / 1000} 秒,已停止;请拆分后再导入`,
      `Reading the file took longer than ${timeoutMs / 1000} s and was stopped; split it and try again`,
      { timeoutMs },
    ),
};

function once(given: ParseTask, limits: ParseLimits): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // the bytes move to the worker without a second copy; they are copied once first, because an upload's Buffer
    // may be a slice of a pool that other requests' buffers share, and transferring would detach all of them
    const task = "bytes" in given ? { ...given, bytes: new Uint8Array(given.bytes) } : given;
    const worker = new Worker(new URL("./parse.worker.mjs", import.meta.url), {
      workerData: task,
      transferList: "bytes" in task ? [task.bytes.buffer as ArrayBuffer] : [],
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 64 },
    });
    let settled = false;
    const settle = (work: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      work();
    };
    const timer = setTimeout(() => settle(() => reject(parseErrors.tooSlow(limits.timeoutMs))), limits.timeoutMs);
    worker.once("message", (outcome: ParseOutcome) =>
      settle(() => {
        if (outcome.ok) resolve(outcome.value);
        else reject(new AppError(outcome.failure.code, outcome.failure.status, outcome.failure.message, outcome.failure.messageEn, outcome.failure.details));
      }),
    );
    worker.once("error", (error: Error & { code?: string }) =>
      settle(() => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? parseErrors.tooMuchMemory(limits.heapMb) : error)),
    );
    worker.once("exit", (code) => settle(() => reject(new Error(`parse worker exited with code ${code}`))));
  });
}

/** Runs a parse task in a worker under the limits; its AppError (a corrupt file, no text) is thrown here as it was there. */
export async function parseIsolated<T>(task: ParseTask, limits: ParseLimits = DEFAULT_PARSE_LIMITS): Promise<T> {
  const done = await turn();
  try {
    return (await once(task, limits)) as T;
  } finally {
    done();
  }
}
