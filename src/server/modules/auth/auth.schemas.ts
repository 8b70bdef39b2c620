/** zod schemas of the auth API. */
import { z } from "zod";
import { userSchema } from "../users/users.schemas.ts";

export const loginBody = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) });

export const sessionResponse = z.object({ user: userSchema, csrfToken: z.string() });
