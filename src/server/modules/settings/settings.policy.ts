/** Who may see and change the reporting settings (mail server, reminders): admins. */
import type { Actor } from "../../access/actor.ts";
import { assertCan } from "../../access/can.ts";

/** Throws 403 unless the actor manages settings. */
export function assertManagesSettings(actor: Actor): void {
  assertCan(actor, "settings.manage");
}
