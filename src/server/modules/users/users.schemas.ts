/** zod schemas of the users API; they validate requests and make the OpenAPI. */
import { z } from "zod";
import { roleSchema } from "../../access/actor.ts";

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  unitIds: z.array(z.string()),
  active: z.boolean(),
  version: z.number().int(),
});

export const createUserBody = z.object({
  username: z.string().trim().min(2).max(64).regex(/^[A-Za-z0-9_.-]+$/, "letters, digits, _ . - only"),
  displayName: z.string().trim().min(1).max(100),
  role: roleSchema,
  password: z.string().min(8).max(200),
  unitIds: z.array(z.uuid()).default([]),
});

export const updateUserBody = z.object({
  version: z.number().int(),
  displayName: z.string().trim().min(1).max(100).optional(),
  role: roleSchema.optional(),
  password: z.string().min(8).max(200).optional(),
  unitIds: z.array(z.uuid()).optional(),
  active: z.boolean().optional(),
});

export const userIdParams = z.object({ id: z.uuid() });
