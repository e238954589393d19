import { Rule } from "../rule";

/** The checks of financial tables. Each lives in its own folder under rules/. */
export const financialRules: readonly Rule[] = [];
