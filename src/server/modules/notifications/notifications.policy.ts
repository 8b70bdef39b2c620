/** Who may do what with notifications: everyone reads their own; an admin may set anyone's reminder address. */
import type { Actor } from "../../access/actor.ts";
import { assertCan } from "../../access/can.ts";

/** Throws 403 unless the address is the actor's own or the actor manages contacts. */
export function assertMaySetContact(actor: Actor, userId: string): void {
  if (userId !== actor.id) assertCan(actor, "contacts.manage");
}
