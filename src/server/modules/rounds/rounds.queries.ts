/** The rounds feature's public reads: one round by id, the open rounds, for bulletins, exports and reminders. */
export { findRound, openRoundRows, type RoundRow } from "./rounds.repository.ts";
