import type { GoalStatus, Severity } from "../domain";

/** Every word the report writes, Swedish first. */
export interface ReportLabels {
  sheetName: string;
  title: (workbook: string) => string;
  checked: (date: string, year: number | null) => string;
  findingsSummary: (c: Record<Severity, number>) => string;
  goalsSummary: (total: number, c: Record<GoalStatus, number>) => string;
  goalsSummaryNote: string;
  /** The workbook's own assessment, worded by summarizeGoals. */
  statedGoalsSummary: (summary: string) => string;
  language: "sv" | "en";
  /** Workbook text quoted the language's way: ”Uppnått” / “Uppnått”. */
  quote: (text: string) => string;
  noFindings: string;
  noGoals: string;
  noTables: string;
  financialTitle: (kind: "driftsammandrag" | "sammanfattning" | "investeringar", unit: string) => string;
  sourceSheet: (sheet: string) => string;
  verksamhet: string;
  investment: string;
  deviation: string;
  deviationPct: string;
  footnoteHeader: string;
  flaggedNote: (numbers: number[]) => string;
  hiddenRowNote: string;
  goalsTitle: string;
  malomrade: string;
  namndmal: string;
  stated: string;
  computed: string;
  indicatorsMet: string;
  metOf: (met: number, total: number) => string;
  remark: string;
  conflict: string;
  conflictNote: string;
  /** Stated and computed differ without the engine calling it a conflict. */
  differs: string;
  differsNote: string;
  notStated: string;
  indicatorsTitle: string;
  indicator: string;
  group: string;
  target: string;
  statusIcon: string;
  statusWord: string;
  trend: string;
  trendWord: Record<"better" | "worse" | "unchanged", string>;
  /** In the trend column and the goal's note for an indicator whose good direction is unknown (Chefsomsättning). */
  directionUnknown: string;
  findingsTitle: string;
  number: string;
  severity: string;
  rule: string;
  sheet: string;
  cell: string;
  message: string;
  severityWord: Record<Severity, string>;
  commentsTitle: string;
  commentsIntro: string;
  commentUnit: string;
  commentText: string;
  noComments: string;
  status: Record<GoalStatus, string>;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const SV: ReportLabels = {
  sheetName: "Rapportkoll",
  title: (wb) => `Rapportkoll – ${wb}`,
  checked: (date, year) => `Kontrollerad ${date}${year !== null ? ` · rapportår ${year}` : ""}`,
  findingsSummary: (c) => `${plural(c.error, "fel", "fel")}, ${plural(c.warning, "varning", "varningar")}, ${plural(c.info, "notering", "noteringar")}`,
  goalsSummary: (total, c) => {
    const parts = [
      c.uppfyllt ? `${c.uppfyllt} uppfyllda` : "",
      c.delvis ? `${c.delvis} delvis` : "",
      c["ej-uppfyllt"] ? `${c["ej-uppfyllt"]} ej uppfyllda` : "",
      c["ej-bedomd"] ? `${c["ej-bedomd"]} ej bedömd${c["ej-bedomd"] === 1 ? "" : "a"}` : "",
    ].filter(Boolean);
    return `Beräknad bedömning: ${total} nämndmål: ${parts.join(", ")}`;
  },
  goalsSummaryNote: "Räknat på Rapportkolls beräknade bedömning utifrån indikatorerna.",
  statedGoalsSummary: (s) => `Angiven bedömning i arbetsboken: ${s}`,
  language: "sv",
  quote: (t) => `”${t}”`,
  noFindings: "Inga avvikelser hittades.",
  noGoals: "Inga nämndmål eller indikatorer hittades i arbetsboken.",
  noTables: "Ingen ekonomisk tabell hittades i arbetsboken.",
  financialTitle: (kind, unit) =>
    kind === "investeringar" ? `Investeringar, netto ${unit}` : kind === "sammanfattning" ? `Ekonomi, belopp ${unit}` : `Driftsammandrag, netto ${unit}`,
  sourceSheet: (s) => `Källa: bladet ”${s}”`,
  verksamhet: "Verksamhet",
  investment: "Investering",
  deviation: "Avvikelse",
  deviationPct: "Avvikelse % av budget",
  footnoteHeader: "Not",
  flaggedNote: (ns) => `Fel i källan, se Kontrollresultat nr ${ns.join(", ")}.`,
  hiddenRowNote: "Raden är dold i källan.",
  goalsTitle: "Måluppfyllelse",
  malomrade: "Målområde",
  namndmal: "Nämndmål",
  stated: "Angiven bedömning",
  computed: "Beräknad bedömning",
  indicatorsMet: "Indikatorer uppfyllda",
  metOf: (m, t) => `${m} av ${t}`,
  remark: "Anmärkning",
  conflict: "⚠ Motsägs",
  conflictNote: "Angiven bedömning motsägs av indikatorerna (status-conflict): minst en indikator når inte sitt målvärde.",
  differs: "Skiljer sig",
  differsNote: "Angiven och beräknad bedömning skiljer sig, men indikatorerna motsäger inte den angivna bedömningen.",
  notStated: "Ej angiven",
  indicatorsTitle: "Nämndindikatorer",
  indicator: "Indikator",
  group: "Grupp",
  target: "Målvärde",
  statusIcon: "Status",
  statusWord: "Bedömning",
  trend: "Trend",
  trendWord: { better: "↑ bättre", worse: "↓ sämre", unchanged: "→ oförändrad" },
  directionUnknown: "riktning okänd",
  findingsTitle: "Kontrollresultat",
  number: "Nr",
  severity: "Allvarlighet",
  rule: "Regel",
  sheet: "Blad",
  cell: "Cell",
  message: "Meddelande",
  severityWord: { error: "Fel", warning: "Varning", info: "Notering" },
  commentsTitle: "Kommentarsunderlag",
  commentsIntro: "Utkast till kommentarer för enheter med betydande avvikelse. Redigera före publicering.",
  commentUnit: "Enhet",
  commentText: "Förslag till kommentar",
  noComments: "Ingen enhet har en avvikelse som behöver kommenteras.",
  status: { uppfyllt: "Uppfyllt", delvis: "Delvis uppfyllt", "ej-uppfyllt": "Ej uppfyllt", "ej-bedomd": "Ej bedömd" },
};

const EN: ReportLabels = {
  sheetName: "Rapportkoll report",
  title: (wb) => `Rapportkoll – ${wb}`,
  checked: (date, year) => `Checked ${date}${year !== null ? ` · report year ${year}` : ""}`,
  findingsSummary: (c) => `${plural(c.error, "error", "errors")}, ${plural(c.warning, "warning", "warnings")}, ${plural(c.info, "note", "notes")}`,
  goalsSummary: (total, c) => {
    const parts = [
      c.uppfyllt ? `${c.uppfyllt} met` : "",
      c.delvis ? `${c.delvis} partly met` : "",
      c["ej-uppfyllt"] ? `${c["ej-uppfyllt"]} not met` : "",
      c["ej-bedomd"] ? `${c["ej-bedomd"]} not assessed` : "",
    ].filter(Boolean);
    return `Computed assessment: ${plural(total, "committee goal", "committee goals")}: ${parts.join(", ")}`;
  },
  goalsSummaryNote: "Counted on Rapportkoll's status computed from the indicators.",
  statedGoalsSummary: (s) => `Assessment stated in the workbook: ${s}`,
  language: "en",
  quote: (t) => `“${t}”`,
  noFindings: "No problems found.",
  noGoals: "No committee goals or indicators found in the workbook.",
  noTables: "No financial table found in the workbook.",
  financialTitle: (kind, unit) =>
    kind === "investeringar" ? `Investments, net ${unit}` : kind === "sammanfattning" ? `Finances, ${unit}` : `Operating summary, net ${unit}`,
  sourceSheet: (s) => `Source: sheet "${s}"`,
  verksamhet: "Unit",
  investment: "Investment",
  deviation: "Deviation",
  deviationPct: "Deviation % of budget",
  footnoteHeader: "Note",
  flaggedNote: (ns) => `Error in the source, see check result no. ${ns.join(", ")}.`,
  hiddenRowNote: "The row is hidden in the source.",
  goalsTitle: "Goal attainment",
  malomrade: "Goal area",
  namndmal: "Committee goal",
  stated: "Stated status",
  computed: "Computed status",
  indicatorsMet: "Indicators met",
  metOf: (m, t) => `${m} of ${t}`,
  remark: "Remark",
  conflict: "⚠ Contradicted",
  conflictNote: "The stated status is contradicted by the indicators (status-conflict): at least one indicator misses its target.",
  differs: "Differs",
  differsNote: "Stated and computed status differ, but the indicators do not contradict the stated one.",
  notStated: "Not stated",
  indicatorsTitle: "Committee indicators",
  indicator: "Indicator",
  group: "Group",
  target: "Target",
  statusIcon: "Status",
  statusWord: "Assessment",
  trend: "Trend",
  trendWord: { better: "↑ better", worse: "↓ worse", unchanged: "→ unchanged" },
  directionUnknown: "direction unknown",
  findingsTitle: "Check results",
  number: "No.",
  severity: "Severity",
  rule: "Rule",
  sheet: "Sheet",
  cell: "Cell",
  message: "Message",
  severityWord: { error: "Error", warning: "Warning", info: "Note" },
  commentsTitle: "Draft comments",
  commentsIntro: "Draft comments for units with a notable deviation. Edit before publishing.",
  commentUnit: "Unit",
  commentText: "Suggested comment",
  noComments: "No unit has a deviation that needs a comment.",
  status: { uppfyllt: "Met", delvis: "Partly met", "ej-uppfyllt": "Not met", "ej-bedomd": "Not assessed" },
};

export function reportLabels(language: "sv" | "en"): ReportLabels {
  return language === "en" ? EN : SV;
}
