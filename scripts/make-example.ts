/**
 * Builds examples/kommunstyrelsen-2019.xlsx from the seed fixtures, styled
 * like a controller's workbook, so that `npm run demo` shows real findings.
 * Run with `npm run example`; tests/cli/example.test.ts fails when the
 * committed file no longer matches what this script makes.
 */
import * as path from "path";
import { Grid } from "../src/domain/grid";
import { ks2019FinancialGrids } from "../src/fixtures/ks2019-financial";
import { ks2019GoalGrids } from "../src/fixtures/ks2019-goals";
import { SheetStyle, WriteOptions, writeGridsFile } from "../src/node/write-grids";

export const EXAMPLE_FILE = path.join("examples", "kommunstyrelsen-2019.xlsx");

export function exampleGrids(): Grid[] {
  return [...ks2019FinancialGrids(), ...ks2019GoalGrids()];
}

const SUM_LABEL = /^(summa|totalt|total\b|verksamhetens nettokostnad|årets resultat)|nettokostnader$/i;
const HEADER_WORD = /^(verksamhet|bokslut|budget|avvikelse|prognos|utfall|målområde|nämndmål|nämndindikator|indikator|målvärde|bedömning|utgifter|inkomster)/i;

function text(v: unknown): string {
  return typeof v === "string" ? v.trim() : "";
}

/** Bold for titles, header rows and sum rows, as a controller formats them by hand. */
function styleFor(grid: Grid): SheetStyle {
  const bold: number[] = [];
  let hasFraction = false;
  let firstNumericRow = -1;
  grid.cells.forEach((row, r) => {
    if (!row) return;
    const numbers = row.filter((c) => typeof c?.value === "number");
    for (const c of numbers) if (!Number.isInteger(c?.value)) hasFraction = true;
    if (numbers.length > 0 && firstNumericRow === -1 && !row.some((c) => HEADER_WORD.test(text(c?.value)))) firstNumericRow = r;
    const first = row.find((c) => text(c?.value) !== "");
    const label = text(first?.value);
    const isTitle = r === 0 && row.filter((c) => text(c?.value) !== "").length === 1 && !label.startsWith("*");
    if (isTitle || SUM_LABEL.test(label) || row.some((c) => HEADER_WORD.test(text(c?.value)))) bold.push(r);
  });
  // Years under a two-row header (Bokslut / 2019) belong to the header.
  if (firstNumericRow > 0 && bold.includes(firstNumericRow - 1) && grid.cells[firstNumericRow]?.every((c) => c === undefined || c.value === null || typeof c.value === "number")) {
    const yearsOnly = grid.cells[firstNumericRow]?.every((c) => c?.value === undefined || c.value === null || (typeof c.value === "number" && c.value >= 1990 && c.value <= 2100));
    if (yearsOnly) bold.push(firstNumericRow);
  }
  return {
    boldRows: bold,
    // Indicator values carry decimals (2,3 %); amounts in tkr are whole numbers with grouping.
    defaultNumberFormat: hasFraction ? undefined : "#,##0",
    columnWidths: grid.name === "Nämndindikatorer" ? [16, 30, 40, 48] : undefined,
    frozenRows: undefined,
  };
}

export function exampleOptions(grids: readonly Grid[]): WriteOptions {
  return { styles: Object.fromEntries(grids.map((g) => [g.name, styleFor(g)])), creator: "Rapportkoll (exempel)" };
}

export async function writeExample(file: string): Promise<void> {
  const grids = exampleGrids();
  await writeGridsFile(grids, file, exampleOptions(grids));
}

if (require.main === module) {
  const out = process.argv[2] ?? EXAMPLE_FILE;
  writeExample(out)
    .then(() => console.log(`Skrev ${out}`))
    .catch((e: unknown) => {
      console.error(`Kunde inte skriva ${out}: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    });
}
