/** zod schemas of the auth API. */
import { z } from "zod";
import { ACTIONS } from "../../../core/domain/access/permissions.ts";
import { userSchema } from "../users/users.schemas.ts";

export const loginBody = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) });

/** The signed-in user, the actions its role is granted (the web app's menus and buttons read these), and the CSRF token. */
export const sessionResponse = z.object({ user: userSchema, permissions: z.array(z.enum(ACTIONS)), csrfToken: z.string() });
