/** Zod schemas of the dashboard: a group's figures and a listed item, in the dashboard's response. */
import { z } from "zod";
import { statusEnum } from "../status/status.schemas.ts";

export const countsSchema = z.object({ green: z.number(), amber: z.number(), red: z.number(), done: z.number(), not_started: z.number() });

/** A group's figures (RollupSummary) as fields, to spread into a row of the dashboard. */
export const rollupFields = { counts: countsSchema, total: z.number(), worst: statusEnum, onTrackShare: z.number().nullable(), overdue: z.number() };

export const listedItemSchema = z.object({
  itemId: z.string(),
  planId: z.string(),
  path: z.array(z.string()),
  heading: z.string().nullable(),
  status: statusEnum,
  reason: z.string(),
});

/** GET /api/dashboard: the figures of every plan in scope, grouped, and the overdue and lagging lists. */
export const dashboardSchema = z.object({
  asOf: z.string(),
  counts: countsSchema,
  total: z.number(),
  onTrackShare: z.number().nullable(),
  byPlan: z.array(z.object({ planId: z.string(), title: z.string(), ...rollupFields })),
  bySection: z.array(z.object({ planId: z.string(), section: z.string(), ...rollupFields })),
  byUnit: z.array(z.object({ unitId: z.string(), name: z.string(), ...rollupFields })),
  byRegion: z.array(z.object({ region: z.string(), ...rollupFields })),
  overdueTotal: z.number(),
  overdue: z.array(listedItemSchema),
  laggingTotal: z.number(),
  lagging: z.array(listedItemSchema),
  rules: z.record(z.string(), z.string()),
});
