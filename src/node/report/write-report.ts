import * as path from "node:path";
import * as fs from "node:fs/promises";
import ExcelJS from "exceljs";
import type { CheckResult } from "../../domain";
import { buildReport } from "../../report/build";
import { ExcelJsReportRenderer } from "./exceljs-renderer";

export interface WriteReportOptions {
  /** File name of the checked workbook (heading, and link target when `sourcePath` is absent). */
  readonly workbookName: string;
  readonly language: "sv" | "en";
  /** ISO date of the check; default today. Also the file's created/modified dates. */
  readonly date?: string;
  /** Path of the checked workbook, so the Cell links find it from where the report is written. */
  readonly sourcePath?: string;
}

/** Builds the report workbook in memory (a new workbook, never the checked one). */
export async function renderReportWorkbook(result: CheckResult, opts: WriteReportOptions, outPath?: string): Promise<ExcelJS.Workbook> {
  const date = opts.date ?? new Date().toISOString().slice(0, 10);
  const spec = buildReport(result, { workbookName: opts.workbookName, date, language: opts.language });
  const wb = new ExcelJS.Workbook();
  const when = new Date(date.length === 10 ? `${date}T00:00:00Z` : date);
  wb.creator = "Rapportkoll";
  wb.lastModifiedBy = "Rapportkoll";
  wb.created = when;
  wb.modified = when;
  const linkWorkbook =
    opts.sourcePath && outPath
      ? path
          .relative(path.dirname(path.resolve(outPath)), path.resolve(opts.sourcePath))
          .split(path.sep)
          .join("/")
      : opts.workbookName;
  await new ExcelJsReportRenderer({ linkWorkbook }).render(spec, wb);
  return wb;
}

/**
 * Writes the report for a checked workbook to `outPath`, as a new file.
 * Refuses to overwrite the checked workbook itself.
 */
export async function writeReportFile(result: CheckResult, opts: WriteReportOptions, outPath: string): Promise<void> {
  if (opts.sourcePath && path.resolve(opts.sourcePath) === path.resolve(outPath)) {
    throw new Error(`Rapporten får inte skrivas över den kontrollerade arbetsboken (${outPath}); välj ett annat filnamn.`);
  }
  const wb = await renderReportWorkbook(result, opts, outPath);
  await fs.mkdir(path.dirname(path.resolve(outPath)), { recursive: true });
  await wb.xlsx.writeFile(outPath);
}
