/**
 * Writes the report for examples/kommunstyrelsen-2019.xlsx to
 * out/rapport-kommunstyrelsen-2019.xlsx and, where LibreOffice is installed,
 * renders its first page to docs/images/rapport-exempel.png for the README.
 * Run with `npm run report:example`.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { checkWorkbook } from "../src/domain";
import { readWorkbookFile } from "../src/node/read-workbook";
import { writeReportFile } from "../src/node/report";

const SOURCE = path.join("examples", "kommunstyrelsen-2019.xlsx");
const OUT = path.join("out", "rapport-kommunstyrelsen-2019.xlsx");
const PNG = path.join("docs", "images", "rapport-exempel.png");
/** A fixed date keeps the committed picture stable. */
const DATE = "2020-02-14";

function has(cmd: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const grids = await readWorkbookFile(SOURCE);
  const result = checkWorkbook(grids);
  await writeReportFile(result, { workbookName: path.basename(SOURCE), language: "sv", date: DATE, sourcePath: SOURCE }, OUT);
  console.log(`Rapporten skrevs till ${OUT} (${result.findings.length} fynd, ${result.tables.length} tabeller, ${result.goals.length} nämndmål).`);

  if (!has("soffice") || !has("pdftoppm")) {
    console.log("LibreOffice (soffice) eller pdftoppm saknas: ingen bild skapades.");
    return;
  }
  const tmp = fs.mkdtempSync(path.join("out", "pdf-"));
  const t0 = Date.now();
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", tmp, OUT], { stdio: "ignore" });
  const pdf = path.join(tmp, path.basename(OUT, ".xlsx") + ".pdf");
  fs.mkdirSync(path.dirname(PNG), { recursive: true });
  // First page only, at a resolution that keeps the picture readable and small.
  execFileSync("pdftoppm", ["-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", pdf, PNG.replace(/\.png$/, "")]);
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`Bilden skrevs till ${PNG} (${Math.round(fs.statSync(PNG).size / 1024)} KB, ${Date.now() - t0} ms).`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
