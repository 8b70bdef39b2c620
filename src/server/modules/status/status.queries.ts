/** The status feature's public reads for other features: a plan's live parts and its reports (the assessment scores them). */
export { planParts, reportsOfPlans } from "./status.repository.ts";
