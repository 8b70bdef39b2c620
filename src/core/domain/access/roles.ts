/** The four roles, from most to least powerful: one list for the server's checks and the web app's forms. */
export const ROLES = ["admin", "supervisor", "reporter", "viewer"] as const;
/** One role. */
export type Role = (typeof ROLES)[number];
