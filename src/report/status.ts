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
