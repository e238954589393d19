import { Config, ConfigInput, ConfigSchema } from "../config";
import { CellInput, Grid, gridFromRows } from "../grid";
import { FinancialTable } from "../model";
import { Rule, RuleContext, RuleFinding } from "../rule";
import { financialReader } from "./reader";

/** Helpers for the rules' table-driven tests: read grids the way the engine does and run one rule. */

export function readTables(grids: readonly Grid[], config: Config = ConfigSchema.parse({})): FinancialTable[] {
  const tables: FinancialTable[] = [];
  for (const g of grids) {
    const out = financialReader.read(g, config.sheets[g.name], config);
    if (out.recognized) tables.push(...(out.tables ?? []));
  }
  return tables;
}

export function runRule(rule: Rule, grids: readonly Grid[], configInput: ConfigInput = {}): RuleFinding[] {
  const config = ConfigSchema.parse(configInput);
  const ctx: RuleContext = { grids: new Map(grids.map((g) => [g.name, g])), tables: readTables(grids, config), goals: [], config };
  return rule.check(ctx);
}

/** A driftsammandrag with the usual header: Verksamhet | Bokslut 2019 | Budget 2019 | Avvikelse. */
export function driftGrid(
  rows: ReadonlyArray<ReadonlyArray<CellInput>>,
  name = "Drift",
  header: CellInput[] = ["Verksamhet", "Bokslut 2019", "Budget 2019", "Avvikelse"],
): Grid {
  return gridFromRows(name, [["Driftsammandrag, netto tkr"], header, ...rows]);
}
