import { Config, DEFAULT_CONFIG } from "./config";
import { Finding, sortFindings } from "./findings";
import { Grid, isBlank } from "./grid";
import { CheckResult, FinancialTable, GoalResult, SheetInfo } from "./model";
import { ReaderFinding, SheetReader } from "./reader";
import { RuleContext, RuleFinding } from "./rule";
import { financialReader } from "./financial/reader";
import { goalSheetReader, indicatorReader } from "./goals/reader";
import { finalizeGoals, StatedStatus } from "./goals/finalize";
import { allRules, readerRuleDocs } from "./rules";

/** Order matters: the first reader that recognises a sheet wins. */
const READERS: readonly SheetReader[] = [indicatorReader, goalSheetReader, financialReader];

function isEmptyGrid(grid: Grid): boolean {
  return grid.cells.every((row) => !row || row.every((c) => isBlank(c)));
}

function inferReportYear(tables: readonly FinancialTable[], goals: readonly GoalResult[]): number | null {
  let year: number | null = null;
  for (const t of tables)
    for (const c of t.columns) if ((c.role === "actual" || c.role === "budget") && c.year !== undefined) year = Math.max(year ?? c.year, c.year);
  if (year !== null) return year;
  for (const g of goals) for (const i of g.indicators) for (const v of i.values) year = Math.max(year ?? v.year, v.year);
  return year;
}

/**
 * Checks a whole workbook: reads each grid into the model, runs every rule,
 * and returns the model with the findings, errors first. Pure: the grids
 * are not changed, and nothing outside them is read.
 */
export function checkWorkbook(grids: readonly Grid[], config: Config = DEFAULT_CONFIG): CheckResult {
  const sheets: SheetInfo[] = [];
  const tables: FinancialTable[] = [];
  const rawGoals: GoalResult[] = [];
  const stated: StatedStatus[] = [];
  const readerFindings: ReaderFinding[] = [];

  for (const grid of grids) {
    const override = config.sheets[grid.name];
    if (override?.kind === "unknown" || isEmptyGrid(grid)) {
      sheets.push({ name: grid.name, kind: "unknown" });
      continue;
    }
    const forced = override?.kind;
    const readers = forced ? READERS.filter((r) => acceptsKind(r, forced)) : READERS;
    let best: { reason?: string; score: number } = { score: -1 };
    let recognized = false;
    for (const reader of readers) {
      const out = reader.read(grid, override, config);
      if (out.recognized) {
        recognized = true;
        sheets.push({ name: grid.name, kind: out.kind });
        tables.push(...(out.tables ?? []));
        rawGoals.push(...(out.goals ?? []));
        for (const s of out.statedStatuses ?? []) stated.push({ ...s, sheet: grid.name });
        readerFindings.push(...out.findings);
        break;
      }
      if ((out.score ?? 0) > best.score) best = { reason: out.reason, score: out.score ?? 0 };
    }
    if (!recognized) {
      const reasonSv = best.reason ?? "bladet har ingen rubrikrad med kända kolumner (t.ex. Bokslut, Budget, Avvikelse eller årtal och Målvärde)";
      sheets.push({ name: grid.name, kind: "unknown", reason: reasonSv });
      readerFindings.push({
        rule: "layout-not-recognized",
        sheet: grid.name,
        cell: "A1",
        message: `Bladet ”${grid.name}” känns inte igen som en tabell Rapportkoll kan kontrollera: ${reasonSv}. Ange bladets typ och rubrikrad i inställningarna om det ska kontrolleras.`,
        messageEn: `Sheet "${grid.name}" is not recognised as a table Rapportkoll can check. Set the sheet's kind and header row in the settings if it should be checked.`,
      });
    }
  }

  unknownConfiguredSheets(grids, config, readerFindings);

  const provisionalYear = config.reportYear ?? inferReportYear(tables, rawGoals);
  const goals = finalizeGoals(rawGoals, stated, config, provisionalYear);
  const reportYear = config.reportYear ?? inferReportYear(tables, goals);

  const ctx: RuleContext = { grids: new Map(grids.map((g) => [g.name, g])), tables, goals, config };
  const findings: Finding[] = [];
  for (const f of readerFindings) pushFinding(findings, f.rule, readerRuleDocs[f.rule]?.defaultSeverity ?? "error", f, config);
  for (const rule of allRules) {
    if (config.rules[rule.id] === "off") continue;
    const found = rule.check(ctx);
    for (let i = 0; i < found.length; i++) pushFinding(findings, rule.id, rule.defaultSeverity, found[i], config);
  }

  return {
    sheets,
    tables,
    goals,
    findings: sortFindings(
      findings,
      grids.map((g) => g.name),
    ),
    reportYear,
  };
}

/** A `sheets` entry naming no sheet of the workbook is a typo or a renamed sheet: silently ignoring it would hide that. */
function unknownConfiguredSheets(grids: readonly Grid[], config: Config, out: ReaderFinding[]): void {
  const names = grids.map((g) => g.name);
  for (const name of Object.keys(config.sheets)) {
    if (names.includes(name)) continue;
    const listSv = names.length ? names.map((n) => `”${n}”`).join(", ") : "inga blad";
    const listEn = names.length ? names.map((n) => `"${n}"`).join(", ") : "no sheets";
    out.push({
      rule: "config-unknown-sheet",
      sheet: name,
      cell: "A1",
      message: `Inställningarna anger bladet ”${name}”, men arbetsboken har inget sådant blad (den har ${listSv}). Inställningen för bladet används inte; kontrollera bladets namn.`,
      messageEn: `The settings name sheet "${name}", but the workbook has no such sheet (it has ${listEn}). The setting is not used; check the sheet's name.`,
    });
  }
}

function acceptsKind(reader: SheetReader, kind: string): boolean {
  if (kind === "indikatorer") return reader === indicatorReader;
  if (kind === "mal") return reader === goalSheetReader;
  return reader === financialReader;
}

function pushFinding(out: Finding[], rule: string, defaultSeverity: Finding["severity"], f: RuleFinding, config: Config): void {
  const configured = config.rules[rule];
  if (configured === "off") return;
  if ("severity" in f) {
    // Rare (a reader that chooses its own severity): copy so the keys keep the order rule, …, severity.
    const { severity, ...rest } = f;
    out.push({ ...rest, rule, severity: configured ?? severity ?? defaultSeverity });
    return;
  }
  // Readers and rules hand over fresh objects that nothing else keeps: completing them in place saves a copy per finding.
  const done = f as Finding;
  done.rule = rule;
  done.severity = configured ?? defaultSeverity;
  out.push(done);
}
