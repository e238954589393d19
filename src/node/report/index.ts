/** The ExcelJS side of the report: loaded by the CLI for `--out`. */
export { writeReportFile, renderReportWorkbook, type WriteReportOptions } from "./write-report";
export { ExcelJsReportRenderer, hyperlinkFormula, type ExcelJsRendererOptions } from "./exceljs-renderer";
