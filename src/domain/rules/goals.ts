import { Rule } from "../rule";

/** The checks of goals and indicators. Each lives in its own folder under rules/. */
export const goalRules: readonly Rule[] = [];
