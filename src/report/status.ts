import type { GoalStatus } from "../domain";
import type { StyleName } from "./spec";

export const STATUS_STYLE: Record<GoalStatus, StyleName> = {
  uppfyllt: "statusGreen",
  delvis: "statusYellow",
  "ej-uppfyllt": "statusRed",
  "ej-bedomd": "statusGrey",
};

/** Numeric status driving the traffic-light icon set: 1 green, 0 yellow, −1 red; null = no icon. */
export const STATUS_NUMBER: Record<GoalStatus, number | null> = { uppfyllt: 1, delvis: 0, "ej-uppfyllt": -1, "ej-bedomd": null };

const RANK: Record<GoalStatus, number | null> = { uppfyllt: 3, delvis: 2, "ej-uppfyllt": 1, "ej-bedomd": null };

/** A stated status claims more than the indicators give (an unassessed side is no conflict). */
export function isConflict(stated: GoalStatus | null, computed: GoalStatus): boolean {
  if (stated === null) return false;
  const s = RANK[stated];
  const c = RANK[computed];
  return s !== null && c !== null && s > c;
}
