/** The notifications feature's public reads: who a message goes to (reports), and how often a round's units were reminded (rounds). */
export { type Recipient, recipients, remindersOfRound } from "./notifications.repository.ts";
