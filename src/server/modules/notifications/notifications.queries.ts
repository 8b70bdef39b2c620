/** The notifications feature's public reads: who a message goes to, for features that send one (reports). */
export { type Recipient, recipients } from "./notifications.repository.ts";
