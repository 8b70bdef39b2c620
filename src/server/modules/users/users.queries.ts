/** The users feature's public reads: what other features (auth) may ask about users without touching its repository. */
export { findUserByUsername, type UserRow, unitIdsByUser } from "./users.repository.ts";
