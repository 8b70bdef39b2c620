/** Locale keys for the enums the API uses, so labels live only in the locale files. */
import type { Comparison, UnitRole } from "../api/types.ts";
import type { MessageKey } from "../locales/i18n.tsx";

/** The label key of each comparison (≥ 不低于, ≤ 不超过, ≈ 左右, = 等于). */
export const COMPARISON_KEYS: Record<Comparison, MessageKey> = {
  ">=": "target.cmp.gte",
  "<=": "target.cmp.lte",
  "~": "target.cmp.approx",
  "=": "target.cmp.eq",
};

/** The label key of each unit role (牵头 / 配合 / 负责). */
export const ROLE_KEYS: Record<UnitRole, MessageKey> = {
  lead: "unitRole.lead",
  support: "unitRole.support",
  owners: "unitRole.owners",
};
