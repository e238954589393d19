import { countBySeverity, Finding, Severity } from "../domain/findings";
import { goalAgreement } from "../domain/goals/agreement";
import { summarizeGoals } from "../domain/goals/summary";
import { GoalResult, GoalStatus, IndicatorResult, SheetKind } from "../domain/model";
import { Lang } from "./cli-args";
import { FileOutcome } from "./file-outcome";

/** The human-readable output of `rapportkoll validate`: Swedish by default, English with --lang en. */

const KIND: Record<Lang, Record<SheetKind, string>> = {
  sv: {
    driftsammandrag: "driftsammandrag",
    sammanfattning: "sammanfattning",
    investeringar: "investeringar",
    indikatorer: "indikatorer",
    mal: "nämndmål",
    unknown: "okänd",
  },
  en: {
    driftsammandrag: "operating statement",
    sammanfattning: "summary",
    investeringar: "investments",
    indikatorer: "indicators",
    mal: "goals",
    unknown: "unknown",
  },
};

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  sv: { error: "fel", warning: "varning", info: "notering" },
  en: { error: "error", warning: "warning", info: "note" },
};

const STATUS: Record<Lang, Record<GoalStatus, string>> = {
  sv: { uppfyllt: "uppfyllt", delvis: "delvis uppfyllt", "ej-uppfyllt": "ej uppfyllt", "ej-bedomd": "ej bedömd" },
  en: { uppfyllt: "met", delvis: "partly met", "ej-uppfyllt": "not met", "ej-bedomd": "not assessed" },
};

/** 462114 → "462 114", -2.3 → "-2,3" in Swedish; English keeps the point and a comma separator. */
export function formatNumber(n: number, lang: Lang): string {
  const [int, frac] = Math.abs(n).toString().split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "sv" ? " " : ",");
  return `${n < 0 ? "-" : ""}${grouped}${frac ? (lang === "sv" ? "," : ".") + frac : ""}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function indicatorLine(i: IndicatorResult, lang: Lang): string {
  const year = i.year ?? "–";
  // The row's unit after conversion: "104 000 kr", not a bare 104 000 beside a target written in tkr.
  const unit = i.unit ? ` ${i.unit}` : "";
  const value = i.value === null ? "–" : formatNumber(i.value, lang) + unit;
  let dir: string;
  if (i.directionUnknown) dir = lang === "sv" ? "riktning okänd" : "direction unknown";
  else {
    dir = i.direction === "lower" ? (lang === "sv" ? "lägre är bättre" : "lower is better") : lang === "sv" ? "högre är bättre" : "higher is better";
    if (i.directionGuessed) dir += lang === "sv" ? ", antagen riktning" : ", direction assumed";
  }
  const target =
    i.target === null
      ? lang === "sv"
        ? "inget målvärde"
        : "no target"
      : `${lang === "sv" ? "målvärde" : "target"} ${formatNumber(i.target, lang)}${unit} (${dir})`;
  const group = i.group ? ` (${i.group})` : "";
  const stale = i.stale ? (lang === "sv" ? " (äldre än rapportåret)" : " (older than the report year)") : "";
  return `${i.name}${group} ${year}${stale}: ${value}, ${target} → ${STATUS[lang][i.status]} [${i.cell}]`;
}

/**
 * One line per goal; the indicators are listed under the goals whose stated
 * status the engine refutes (status-conflict), or under every goal with --details.
 */
function goalLines(goals: readonly GoalResult[], findings: readonly Finding[], lang: Lang, details: boolean): string[] {
  if (goals.length === 0) return [];
  const lines = [lang === "sv" ? "  Nämndmål (beräknad / angiven status):" : "  Goals (computed / stated status):"];
  for (const g of goals) {
    const stated = g.stated ? STATUS[lang][g.stated] : "–";
    const agreement = goalAgreement(g, findings);
    const mark =
      agreement.kind === "conflict"
        ? lang === "sv"
          ? "  ← motsägs av indikatorerna"
          : "  ← contradicted by the indicators"
        : agreement.kind === "differs"
          ? lang === "sv"
            ? "  (skiljer sig från beräknad)"
            : "  (differs from computed)"
          : "";
    lines.push(`    ${g.goal} [${g.sheet}!${g.cell}]: ${STATUS[lang][g.computed]} / ${stated}${mark}`);
    if (details || agreement.kind === "conflict") for (const i of g.indicators) lines.push(`      ${indicatorLine(i, lang)}`);
  }
  const computed = summarizeGoals(goals, "computed");
  lines.push(`    ${lang === "sv" ? "Beräknat" : "Computed"}: ${lang === "sv" ? computed.sv : computed.en}`);
  const stated = summarizeGoals(goals, "stated");
  if (stated.total > stated.missing) lines.push(`    ${lang === "sv" ? "Angivet" : "Stated"}: ${lang === "sv" ? stated.sv : stated.en}`);
  if (!details) lines.push(lang === "sv" ? "    (alla indikatorer: --details)" : "    (all indicators: --details)");
  return lines;
}

/** The block printed for one file. */
export function formatFile(o: FileOutcome, lang: Lang, opts: { details?: boolean } = {}): string {
  if ("error" in o) return `${o.file}\n  ${lang === "sv" ? "Kan inte läsas" : "Cannot be read"}: ${lang === "sv" ? o.error.sv : o.error.en}\n`;
  const r = o.result;
  const lines = [o.file];
  const sevWidth = Math.max(...Object.values(SEVERITY[lang]).map((s) => s.length));
  const sheetNames = new Set(r.sheets.map((s) => s.name));
  for (const s of r.sheets) {
    // The reason is already in the layout-not-recognized finding, unless that rule is turned off.
    const explained = r.findings.some((f) => f.sheet === s.name && f.rule === "layout-not-recognized");
    const reason = s.kind === "unknown" && s.reason && !explained ? ` (${s.reason})` : "";
    lines.push(`  ${lang === "sv" ? `Blad ”${s.name}”` : `Sheet "${s.name}"`}: ${KIND[lang][s.kind]}${reason}`);
    for (const f of r.findings.filter((x) => x.sheet === s.name)) {
      lines.push(`    ${f.cell.padEnd(6)} ${SEVERITY[lang][f.severity].padEnd(sevWidth)}  ${lang === "sv" ? f.message : f.messageEn} (${f.rule})`);
    }
  }
  for (const f of r.findings.filter((x) => !sheetNames.has(x.sheet))) {
    lines.push(`    ${f.sheet}!${f.cell} ${SEVERITY[lang][f.severity]}  ${lang === "sv" ? f.message : f.messageEn} (${f.rule})`);
  }
  lines.push(...goalLines(r.goals, r.findings, lang, opts.details ?? false));
  if (r.findings.length === 0) lines.push(lang === "sv" ? "  Inga anmärkningar." : "  No findings.");
  return lines.join("\n") + "\n";
}

/** "3 filer: 9 fel, 2 varningar, 6 noteringar" (plus the files that could not be read). */
export function summaryLine(outcomes: readonly FileOutcome[], lang: Lang): string {
  const c = { error: 0, warning: 0, info: 0 };
  let unreadable = 0;
  for (const o of outcomes) {
    if ("error" in o) {
      unreadable++;
      continue;
    }
    const k = countBySeverity(o.result.findings);
    c.error += k.error;
    c.warning += k.warning;
    c.info += k.info;
  }
  const n = outcomes.length;
  if (lang === "sv") {
    const parts = [`${c.error} fel`, plural(c.warning, "varning", "varningar"), plural(c.info, "notering", "noteringar")];
    if (unreadable) parts.push(`${unreadable} kunde inte läsas`);
    return `${plural(n, "fil", "filer")}: ${parts.join(", ")}`;
  }
  const parts = [plural(c.error, "error", "errors"), plural(c.warning, "warning", "warnings"), plural(c.info, "note", "notes")];
  if (unreadable) parts.push(`${unreadable} could not be read`);
  return `${plural(n, "file", "files")}: ${parts.join(", ")}`;
}
