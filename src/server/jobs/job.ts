/** The shape of a background job: a queue name, a zod schema for its data, and a handler that calls services. */
import type { z } from "zod";
import type { Clock } from "../clock.ts";
import type { Db } from "../db/client.ts";
import type { Channels } from "../notify/deliver.ts";

/** What a handler gets besides its data. */
export interface JobDeps {
  db: Db;
  clock: Clock;
  /** outside channels for notifications; null means "as the settings say" */
  channels: Channels | null;
  log: (message: string, detail?: unknown) => void;
}

/** A job; `cron` (Asia/Shanghai) makes it run on a schedule as well as on demand. */
export interface JobDefinition<T> {
  name: string;
  schema: z.ZodType<T>;
  cron?: string;
  handler(data: T, deps: JobDeps): Promise<void>;
}

/** A job as the runner sees it: raw data in, validated against the schema before the handler runs. */
export interface RegisteredJob {
  name: string;
  cron?: string;
  run(data: unknown, deps: JobDeps): Promise<void>;
}

/** Declares a job with its data type inferred from the schema. */
export function defineJob<T>(job: JobDefinition<T>): RegisteredJob & { definition: JobDefinition<T> } {
  return { name: job.name, cron: job.cron, definition: job, run: (data, deps) => job.handler(job.schema.parse(data), deps) };
}
