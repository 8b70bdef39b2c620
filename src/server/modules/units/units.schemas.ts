/** zod schemas of the units API. */
import { z } from "zod";
import { UNIT_KINDS } from "../../../core/domain/units/unit-kinds.ts";

export { UNIT_KINDS };
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
