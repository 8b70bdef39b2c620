/**
 * The format of a stored status snapshot. A snapshot written by another code version (another format) or
 * one that does not parse is a cache miss, never an error: it is recomputed and overwritten.
 */
import { z } from "zod";
import { planSummarySchema } from "../dashboard/dashboard.schemas.ts";
import { itemStatusSchema } from "./status.schemas.ts";

/** Bump when ItemStatus or PlanSummary change shape; it leads every stored key. */
export const SNAPSHOT_FORMAT = 2;

const partSchemas = { items: z.array(itemStatusSchema), summary: planSummarySchema };

/** The key a snapshot is stored under: the format, what the data was, and the day. */
export function snapshotKey(freshness: string | undefined, today: string): string {
  return `f${SNAPSHOT_FORMAT}|${freshness}|${today}`;
}

/** True when a stored part has the shape this code version reads. */
export function readablePart(part: "items" | "summary", value: unknown): boolean {
  return partSchemas[part].safeParse(value).success;
}
