/** zod schemas of the units API. */
import { z } from "zod";

/** The kinds of unit in the directory. */
export const UNIT_KINDS = ["government", "department", "region", "collective", "company", "other"] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);

const unitName = z.string().trim().min(1).max(100);

export const unitSchema = z.object({
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  aliases: z.array(z.string()),
  kind: unitKindSchema,
  version: z.number().int(),
});

export const createUnitBody = z.object({
  name: unitName,
  parentId: z.uuid().nullish(),
  aliases: z.array(unitName).default([]),
  kind: unitKindSchema.default("department"),
});

export const updateUnitBody = z.object({
  version: z.number().int(),
  name: unitName.optional(),
  parentId: z.uuid().nullish(),
  aliases: z.array(unitName).optional(),
  kind: unitKindSchema.optional(),
});

export const mergeUnitBody = z.object({ intoId: z.uuid() });

export const unitIdParams = z.object({ id: z.uuid() });

export const matchQuery = z.object({ name: z.string().trim().min(1).max(100) });

export const unitMatchSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  score: z.number(),
  how: z.enum(["exact", "alias", "similar"]),
});
