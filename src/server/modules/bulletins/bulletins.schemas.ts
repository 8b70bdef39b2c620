/** zod schemas of the bulletin routes. */
import { z } from "zod";
import { STATUSES } from "../../../core/domain/status/status.ts";

export const bulletinIdParams = z.object({ id: z.uuid() });
export const roundIdParams = z.object({ id: z.uuid() });
export const bulletinListQuery = z.object({ roundId: z.uuid().optional() });

const edits = {
  title: z.string().trim().min(1).max(200).optional(),
  issueNumber: z.string().trim().max(40).nullable().optional(),
  issuer: z.string().trim().min(1).max(100).optional(),
  closing: z.string().max(5000).optional(),
};
export const draftBody = z.object(edits).nullish();
export const updateBody = z.object({ version: z.number().int(), ...edits });
export const publishBody = z.object({ version: z.number().int() });

export const bulletinSchema = z.object({
  id: z.string(),
  roundId: z.string(),
  status: z.enum(["draft", "published"]),
  version: z.number().int(),
  title: z.string(),
  issueNumber: z.string().nullable(),
  issuer: z.string(),
  closing: z.string(),
  publishedOn: z.string().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});

const item = { path: z.string(), heading: z.string(), units: z.array(z.string()) };
export const bulletinContentSchema = z.object({
  title: z.string(),
  masthead: z.string().nullable(),
  issueNumber: z.string().nullable(),
  issuer: z.string(),
  date: z.string(),
  addressee: z.string(),
  period: z.string(),
  deadline: z.string().optional(),
  plans: z.array(z.string()),
  figures: z.object({
    items: z.number().int(),
    targets: z.number().int(),
    byStatus: z.record(z.enum(STATUSES), z.number().int()),
    unitsExpected: z.number().int(),
    unitsReported: z.number().int(),
    reportsExpected: z.number().int(),
    reportsSubmitted: z.number().int(),
  }),
  done: z.array(z.object(item)),
  lagging: z.array(z.object({ ...item, status: z.enum(["amber", "red"]), reason: z.string() })),
  owing: z.array(z.object({ unitName: z.string(), itemCount: z.number().int(), overdue: z.boolean().optional(), overdueDays: z.number().int() })),
  problems: z.array(z.object({ unitName: z.string(), heading: z.string(), text: z.string() })),
  closing: z.string(),
});

export const bulletinDetailSchema = z.object({ bulletin: bulletinSchema, content: bulletinContentSchema, html: z.string() });
