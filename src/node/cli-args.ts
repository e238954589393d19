/** Command-line arguments of `rapportkoll`, parsed without a dependency: the surface is small. */

export type Lang = "sv" | "en";

export type ParsedArgs =
  | { command: "help" }
  | { command: "version" }
  | {
      command: "validate";
      json: boolean;
      config?: string;
      lang: Lang;
      out?: string;
      /** Exit 0 even when errors were found (for demos and reports that should not fail a pipeline). */
      exitZero: boolean;
      /** List every indicator under every goal in the human output. */
      details: boolean;
      paths: string[];
    }
  | { command: "usage-error"; sv: string; en: string };

const VALUE_OPTIONS = new Set(["--config", "--lang", "--out"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) return { command: "help" };
  if (argv.includes("--help") || argv.includes("-h")) return { command: "help" };
  if (argv.includes("--version") || argv.includes("-v")) return { command: "version" };
  const [command, ...rest] = argv;
  if (command !== "validate") {
    return {
      command: "usage-error",
      sv: `Okänt kommando ”${command}”. Använd: rapportkoll validate [flaggor] FIL_ELLER_MAPP…`,
      en: `Unknown command "${command}". Use: rapportkoll validate [options] FILE_OR_FOLDER…`,
    };
  }
  const out: Extract<ParsedArgs, { command: "validate" }> = { command: "validate", json: false, lang: "sv", exitZero: false, details: false, paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--") {
      out.paths.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      out.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    let value: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1);
    if (VALUE_OPTIONS.has(name) && value === undefined) {
      value = rest[i + 1];
      if (value === undefined || value.startsWith("--"))
        return { command: "usage-error", sv: `Flaggan ${name} behöver ett värde.`, en: `The option ${name} needs a value.` };
      i++;
    }
    switch (name) {
      case "--json":
        out.json = true;
        break;
      case "--exit-zero":
        out.exitZero = true;
        break;
      case "--details":
      case "--detaljer":
        out.details = true;
        break;
      case "--config":
        out.config = value;
        break;
      case "--out":
        out.out = value;
        break;
      case "--lang":
        if (value !== "sv" && value !== "en")
          return { command: "usage-error", sv: `--lang ska vara sv eller en, inte ”${value}”.`, en: `--lang must be sv or en, not "${value}".` };
        out.lang = value;
        break;
      default:
        return { command: "usage-error", sv: `Okänd flagga ${name}. Se rapportkoll --help.`, en: `Unknown option ${name}. See rapportkoll --help.` };
    }
  }
  if (out.paths.length === 0)
    return { command: "usage-error", sv: "Ange minst en .xlsx-fil eller mapp att kontrollera.", en: "Give at least one .xlsx file or folder to check." };
  return out;
}

export const HELP_SV = `rapportkoll – kontrollerar kommunala uppföljningsrapporter i Excel

Användning:
  rapportkoll validate [flaggor] FIL_ELLER_MAPP…

Mappar genomsöks efter .xlsx-filer (även undermappar; Excels låsfiler ~$… hoppas över).

Flaggor:
  --json           skriv resultatet som JSON (se docs/cli.md)
  --config FIL     inställningar i JSON (bladtyper, rubrikrad, kolumnroller, toleranser, regler)
  --lang sv|en     språk för utskriften (standard sv)
  --out FIL.xlsx   skriv en rapportarbetsbok (en fil åt gången)
  --exit-zero      avsluta med 0 även när fel hittats (oläsbara filer ger fortfarande 2)
  --details        visa alla indikatorer under varje nämndmål (även --detaljer)
  --help, --version

Slutkoder: 0 inga fel, 1 fel hittades, 2 en fil kunde inte läsas eller felaktig användning/inställning.
`;

export const HELP_EN = `rapportkoll – checks Swedish municipal follow-up reports in Excel

Usage:
  rapportkoll validate [options] FILE_OR_FOLDER…

Folders are searched for .xlsx files (recursively; Excel lock files ~$… are skipped).

Options:
  --json           print the result as JSON (see docs/cli.md)
  --config FILE    settings in JSON (sheet kinds, header row, column roles, tolerances, rules)
  --lang sv|en     output language (default sv)
  --out FILE.xlsx  write a report workbook (one input file at a time)
  --exit-zero      exit 0 even when errors were found (unreadable files still give 2)
  --details        list every indicator under every goal
  --help, --version

Exit codes: 0 no errors, 1 errors found, 2 a file could not be read or wrong usage/settings.
`;
