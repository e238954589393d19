import { countBySeverity, Severity } from "../domain/findings";
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
  en: { error: "error", warning: "warning", info: "info" },
};

const STATUS: Record<Lang, Record<GoalStatus, string>> = {
  sv: { uppfyllt: "uppfyllt", delvis: "delvis uppfyllt", "ej-uppfyllt": "ej uppfyllt", "ej-bedomd": "ej bedömd" },
  en: { uppfyllt: "met", delvis: "partly met", "ej-uppfyllt": "not met", "ej-bedomd": "not assessed" },
};

const STATUS_PLURAL_SV: Record<GoalStatus, [string, string]> = {
  uppfyllt: ["uppfyllt", "uppfyllda"],
  delvis: ["delvis uppfyllt", "delvis uppfyllda"],
  "ej-uppfyllt": ["ej uppfyllt", "ej uppfyllda"],
  "ej-bedomd": ["ej bedömd", "ej bedömda"],
};

const STATUS_ORDER: GoalStatus[] = ["uppfyllt", "delvis", "ej-uppfyllt", "ej-bedomd"];
const STATUS_RANK: Record<GoalStatus, number> = { uppfyllt: 3, delvis: 2, "ej-uppfyllt": 1, "ej-bedomd": 0 };

/** 462114 → "462 114", -2.3 → "-2,3" in Swedish; English keeps the point and a comma separator. */
export function formatNumber(n: number, lang: Lang): string {
  const [int, frac] = Math.abs(n).toString().split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "sv" ? " " : ",");
  return `${n < 0 ? "-" : ""}${grouped}${frac ? (lang === "sv" ? "," : ".") + frac : ""}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "21 nämndmål: 11 uppfyllda, 9 delvis uppfyllda, 1 ej bedömd". */
export function goalSummary(statuses: readonly (GoalStatus | null)[], lang: Lang): string {
  const counts = new Map<GoalStatus, number>();
  for (const s of statuses) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  const parts = STATUS_ORDER.filter((s) => counts.has(s)).map((s) => {
    const n = counts.get(s) ?? 0;
    return lang === "sv" ? plural(n, ...STATUS_PLURAL_SV[s]) : `${n} ${STATUS.en[s]}`;
  });
  const total = statuses.filter((s) => s !== null).length;
  const head = lang === "sv" ? `${total} nämndmål` : plural(total, "goal", "goals");
  return parts.length ? `${head}: ${parts.join(", ")}` : head;
}

function indicatorLine(i: IndicatorResult, lang: Lang): string {
  const year = i.year ?? "–";
  const value = i.value === null ? "–" : formatNumber(i.value, lang);
  const dirSv = i.direction === "lower" ? "lägre är bättre" : "högre är bättre";
  const dirEn = i.direction === "lower" ? "lower is better" : "higher is better";
  const guessed = i.directionGuessed ? (lang === "sv" ? ", antagen riktning" : ", direction assumed") : "";
  const target = i.target === null ? (lang === "sv" ? "inget målvärde" : "no target") : `${lang === "sv" ? "målvärde" : "target"} ${formatNumber(i.target, lang)} (${lang === "sv" ? dirSv : dirEn}${guessed})`;
  const group = i.group ? ` (${i.group})` : "";
  const stale = i.stale ? (lang === "sv" ? " (äldre än rapportåret)" : " (older than the report year)") : "";
  return `${i.name}${group} ${year}${stale}: ${value}, ${target} → ${STATUS[lang][i.status]} [${i.cell}]`;
}

function goalLines(goals: readonly GoalResult[], lang: Lang): string[] {
  if (goals.length === 0) return [];
  const lines = [lang === "sv" ? "  Nämndmål (beräknad / angiven status):" : "  Goals (computed / stated status):"];
  for (const g of goals) {
    const stated = g.stated ? STATUS[lang][g.stated] : "–";
    // A goal the indicators cannot judge is no conflict: nothing contradicts the stated status.
    const conflict = g.stated !== null && g.computed !== "ej-bedomd" && STATUS_RANK[g.stated] > STATUS_RANK[g.computed];
    const mark = conflict ? (lang === "sv" ? "  ← angiven status är bättre än beräknad" : "  ← stated status is better than computed") : "";
    lines.push(`    ${g.goal} [${g.sheet}!${g.cell}]: ${STATUS[lang][g.computed]} / ${stated}${mark}`);
    for (const i of g.indicators) lines.push(`      ${indicatorLine(i, lang)}`);
  }
  lines.push(`    ${lang === "sv" ? "Beräknat" : "Computed"}: ${goalSummary(goals.map((g) => g.computed), lang)}`);
  if (goals.some((g) => g.stated !== null)) lines.push(`    ${lang === "sv" ? "Angivet" : "Stated"}: ${goalSummary(goals.map((g) => g.stated), lang)}`);
  return lines;
}

/** The block printed for one file. */
export function formatFile(o: FileOutcome, lang: Lang): string {
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
  lines.push(...goalLines(r.goals, lang));
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
  const parts = [plural(c.error, "error", "errors"), plural(c.warning, "warning", "warnings"), plural(c.info, "info", "infos")];
  if (unreadable) parts.push(`${unreadable} could not be read`);
  return `${plural(n, "file", "files")}: ${parts.join(", ")}`;
}
