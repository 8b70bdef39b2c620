/** The status feature's public face for other features: kept statuses and their figures, a past period's statuses, the rules' inputs. */
export { planParts, reportsOfPlans } from "./status.repository.ts";
export { keptStatusFigures, loadStatuses, pastStatuses, readsKept, type StatusFilter } from "./status.service.ts";
export { keepItemStatuses, keepPlanStatuses, markStatusesStale, refreshStaleStatuses } from "./status.keeper.ts";
