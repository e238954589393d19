import { promises as fs, readFileSync } from "fs";
import * as path from "path";
import { Config, DEFAULT_CONFIG, parseConfig } from "../domain/config";
import { CheckResult } from "../domain/model";
import { HELP_EN, HELP_SV, Lang, parseArgs } from "./cli-args";
import { checkFile, FileOutcome } from "./file-outcome";
import { expandPath } from "./find-workbooks";
import { formatFile, summaryLine } from "./format-human";
import { toJson } from "./format-json";

/** Where the CLI writes; tests pass their own to run `main` in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNREADABLE_OR_USAGE = 2;

const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

function packageVersion(): string {
  // The same code runs from src/node (tests) and dist/src/node (bin): look upward for the package.
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "rapportkoll" && pkg.version) return pkg.version;
    } catch {
      // not here; go up
    }
    dir = path.dirname(dir);
  }
  return "okänd";
}

async function loadConfig(file: string, lang: Lang): Promise<{ config: Config } | { errors: string[] }> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    return { errors: [lang === "sv" ? `Inställningsfilen ${file} kan inte läsas.` : `The settings file ${file} cannot be read.`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : "";
    return {
      errors: [lang === "sv" ? `Inställningsfilen ${file} är inte giltig JSON (${detail}).` : `The settings file ${file} is not valid JSON (${detail}).`],
    };
  }
  const parsed = parseConfig(json);
  if (parsed.ok) return { config: parsed.config };
  const head = lang === "sv" ? `Inställningsfilen ${file} är felaktig:` : `The settings file ${file} is invalid:`;
  return { errors: [head, ...parsed.errors.map((e) => `  ${lang === "sv" ? e.sv : e.en}`)] };
}

/** Signature of the report renderer in src/node/report (owned by the report work). */
type ReportWriter = (result: CheckResult, meta: { workbookName: string; language: Lang; sourcePath?: string }, outPath: string) => Promise<void>;

/**
 * Writes the report workbook for --out. The renderer lives in
 * src/node/report/index.ts and is loaded when present, so the CLI builds
 * and runs before the report exists.
 * Returns an error text, or undefined when the report was written.
 */
export async function writeReport(
  result: CheckResult,
  meta: { workbookName: string; language: Lang; sourcePath?: string },
  outPath: string,
): Promise<{ sv: string; en: string } | undefined> {
  const modulePath = "./report/index";
  let writer: ReportWriter | undefined;
  try {
    const mod = (await import(modulePath)) as { writeReportFile?: ReportWriter };
    writer = mod.writeReportFile;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "MODULE_NOT_FOUND" || !String((e as Error).message).includes("report")) throw e;
  }
  if (!writer)
    return {
      sv: "Rapporten kan ännu inte skrivas (rapportmodulen saknas i denna version).",
      en: "The report cannot be written yet (the report module is missing in this version).",
    };
  try {
    await writer(result, meta, outPath);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { sv: `Rapporten ${outPath} kunde inte skrivas: ${detail}`, en: `The report ${outPath} could not be written: ${detail}` };
  }
  return undefined;
}

function wantsEnglish(argv: readonly string[]): boolean {
  return argv.includes("--lang=en") || argv.some((a, i) => a === "--lang" && argv[i + 1] === "en");
}

/** Runs the command line; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === "help") {
    io.stdout(wantsEnglish(argv) ? HELP_EN : HELP_SV);
    return EXIT_OK;
  }
  if (args.command === "version") {
    io.stdout(`rapportkoll ${packageVersion()}\n`);
    return EXIT_OK;
  }
  if (args.command === "usage-error") {
    io.stderr(`rapportkoll: ${args.sv}\n`);
    return EXIT_UNREADABLE_OR_USAGE;
  }
  const lang = args.lang;
  const say = (m: { sv: string; en: string }) => (lang === "sv" ? m.sv : m.en);

  let config = DEFAULT_CONFIG;
  if (args.config) {
    const loaded = await loadConfig(args.config, lang);
    if ("errors" in loaded) {
      io.stderr(loaded.errors.map((l) => `rapportkoll: ${l}`).join("\n") + "\n");
      return EXIT_UNREADABLE_OR_USAGE;
    }
    config = loaded.config;
  }

  // Expand every argument first (in the order given) so that --out can insist on a single workbook.
  const jobs: ({ file: string } | FileOutcome)[] = [];
  for (const p of args.paths) {
    const expanded = await expandPath(p);
    if ("error" in expanded) jobs.push({ file: p, error: expanded.error });
    else jobs.push(...expanded.files.map((file) => ({ file })));
  }
  if (args.out && (jobs.length !== 1 || "error" in jobs[0])) {
    io.stderr(
      `rapportkoll: ${say({ sv: "--out skriver en rapport för en arbetsbok: ange exakt en .xlsx-fil.", en: "--out writes a report for one workbook: give exactly one .xlsx file." })}\n`,
    );
    return EXIT_UNREADABLE_OR_USAGE;
  }
  const outcomes: FileOutcome[] = [];
  for (const job of jobs) {
    const o = "error" in job || "result" in job ? job : await checkFile(job.file, config);
    outcomes.push(o);
    // Human output streams file by file; a folder of many workbooks shows progress.
    if (!args.json) io.stdout(formatFile(o, lang, { details: args.details }) + "\n");
  }

  let reportFailed = false;
  if (args.out) {
    const only = outcomes[0];
    if ("result" in only) {
      const err = await writeReport(only.result, { workbookName: path.basename(only.file), language: lang, sourcePath: only.file }, args.out);
      if (err) {
        io.stderr(`rapportkoll: ${say(err)}\n`);
        reportFailed = true;
      } else if (!args.json) io.stdout(`${lang === "sv" ? "Rapporten skrevs till" : "Report written to"} ${args.out}\n`);
    }
  }

  if (args.json) io.stdout(JSON.stringify(toJson(outcomes, lang), null, 2) + "\n");
  else io.stdout(summaryLine(outcomes, lang) + "\n");
  for (const o of outcomes) if ("error" in o && args.json) io.stderr(`rapportkoll: ${o.file}: ${say(o.error)}\n`);

  if (reportFailed || outcomes.some((o) => "error" in o)) return EXIT_UNREADABLE_OR_USAGE;
  const errorsFound = outcomes.some((o) => "result" in o && o.result.findings.some((f) => f.severity === "error"));
  return errorsFound && !args.exitZero ? EXIT_ERRORS_FOUND : EXIT_OK;
}
