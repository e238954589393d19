import { Config } from "../config";
import { Direction } from "../model";
import { operatorDirection, TargetOperator } from "./target";

export type DirectionSource = "column" | "config" | "target" | "meaning" | "default";

export interface ResolvedDirection {
  direction: Direction;
  source: DirectionSource;
  /** True when it came from the indicator's meaning or the default, not from the workbook or the user. */
  guessed: boolean;
  /** No direction could be told: the indicator is not judged. */
  unknown: boolean;
}

/**
 * A Riktning cell: "Högre är bättre", "Lägre", "↑", "Öka", "Ska minska", "Bör öka" …
 * A modal verb in front ("ska", "bör") says the same thing as the bare word.
 */
export function parseDirectionText(text: string): Direction | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^(ska|skall|bör|should)\s+(vara\s+|be\s+)?/, "")
    .replace(/[.!]+$/, "");
  if (t === "") return undefined;
  // \b is ASCII-only in JS, so the word's end is spelled out for å/ä/ö.
  const END = "(?![a-zåäö])";
  if (
    /^(↑|▲|⬆|\+)$/.test(t) ||
    new RegExp(`^(högre|hög|höj|öka|ökar|ökning|större|stor|fler|mer|higher|high|increase|up)${END}`).test(t) ||
    /högre är bättre|higher is better/.test(t)
  )
    return "higher";
  if (
    /^(↓|▼|⬇|-|−|–)$/.test(t) ||
    new RegExp(`^(lägre|låg|sänk|minska|minskar|minskning|mindre|liten|färre|lower|low|decrease|down)${END}`).test(t) ||
    /lägre är bättre|lower is better/.test(t)
  )
    return "lower";
  return undefined;
}

/**
 * Indicators where less is better: absence, turnover of staff, overtime,
 * crime, emissions, debt, costs and cost ratios, waiting times, deviations
 * from budget. Matched on the indicator's name, so the result is a guess.
 */
const LOWER_IS_BETTER: readonly RegExp[] = [
  /frånvaro/,
  /personalomsättning/,
  /övertid|mertid/,
  /brott|inbrott|skadegörelse|stöld/,
  /utsläpp|koldioxid|växthusgas/,
  /skuldsättning|skuld(er)? per|låneskuld/,
  /kostnad(?!seffektiv)/,
  /väntetid|kötid|handläggningstid|ledtid/,
  /avvikelse/,
  /olyck|skador/,
  /arbetslöshet|försörjningsstöd/,
  /energianvändning|energiförbrukning|avfall/,
  /klagomål/,
];

/**
 * Indicators whose good direction cannot be told from the name: a turnover
 * of managers can be too low as well as too high.
 */
const AMBIGUOUS: readonly RegExp[] = [/chefsomsättning/, /omsättning.*chef/];

export function directionFromMeaning(name: string): Direction | "unknown" | undefined {
  const n = name.toLowerCase();
  if (AMBIGUOUS.some((re) => re.test(n))) return "unknown";
  if (LOWER_IS_BETTER.some((re) => re.test(n))) return "lower";
  return undefined;
}

/** Config key: a case-insensitive substring of the indicator's name; the longest matching key wins. */
export function directionFromConfig(name: string, config: Config): Direction | undefined {
  const n = name.toLowerCase();
  let best: { len: number; dir: Direction } | undefined;
  for (const [key, dir] of Object.entries(config.indicatorDirections)) {
    const k = key.toLowerCase().trim();
    if (k !== "" && n.includes(k) && (!best || k.length > best.len)) best = { len: k.length, dir };
  }
  return best?.dir;
}

/** Direction in the agreed order: Riktning column or config, the target's words, the name's meaning, else higher. */
export function resolveDirection(name: string, columnText: string | undefined, operator: TargetOperator | undefined, config: Config): ResolvedDirection {
  const fromColumn = columnText ? parseDirectionText(columnText) : undefined;
  if (fromColumn) return { direction: fromColumn, source: "column", guessed: false, unknown: false };
  const fromConfig = directionFromConfig(name, config);
  if (fromConfig) return { direction: fromConfig, source: "config", guessed: false, unknown: false };
  const fromTarget = operatorDirection(operator);
  if (fromTarget) return { direction: fromTarget, source: "target", guessed: false, unknown: false };
  const fromMeaning = directionFromMeaning(name);
  if (fromMeaning === "unknown") return { direction: "higher", source: "meaning", guessed: true, unknown: true };
  if (fromMeaning) return { direction: fromMeaning, source: "meaning", guessed: true, unknown: false };
  return { direction: "higher", source: "default", guessed: true, unknown: false };
}
