import { GoalStatus } from "../model";

/**
 * A stated assessment as controllers write it: words ("Uppfyllt",
 * "Nämndmålet är delvis uppnått", "Ej bedömd", "-") or, when the cell is
 * empty, only its fill colour (green / yellow / red).
 */
export type StatedReading = { status: GoalStatus; from: "text" | "fill" } | { status: null; reason: "blank" | "unreadable" };

export function parseStatedStatus(text: string, fill?: string): StatedReading {
  const t = text.replace(/\s+/g, " ").trim().toLowerCase();
  if (t === "") {
    const c = fill ? statusFromFill(fill) : undefined;
    return c ? { status: c, from: "fill" } : { status: null, reason: "blank" };
  }
  const s = statusFromWords(t);
  return s ? { status: s, from: "text" } : { status: null, reason: "unreadable" };
}

function statusFromWords(t: string): GoalStatus | undefined {
  if (
    /^[-\u2212\u2013\u2014]$/.test(t) ||
    /\b(ej|inte)\s+(bedömd|bedömt|bedömda|bedömts|mätt|mätbar|följts upp)|bedömning (saknas|har inte kunnat)|not assessed|\bn\/?a\b/.test(t)
  )
    return "ej-bedomd";
  // "Ej helt uppfyllt" is a partial fulfilment, not a miss.
  if (/\b(ej|inte) helt\b/.test(t)) return "delvis";
  if (/\b(ej|inte|icke)\s+(uppfyllt|uppfylld|uppfyllda|uppnått|uppnådd|uppnådda|nått)|negativ utveckling|not met|\bnej\b/.test(t)) return "ej-uppfyllt";
  if (/\bdelvis\b|positiv utveckling|partly|partially/.test(t)) return "delvis";
  if (/\b(uppfyllt|uppfylld|uppfyllda|uppnått|uppnådd|uppnådda|nått)\b|^(ja|met|achieved)$/.test(t)) return "uppfyllt";
  return undefined;
}

/**
 * Traffic-light colours by hue: green, yellow/amber, red. Pale tints
 * (Excel's "Good"/"Neutral"/"Bad" styles, C6EFCE / FFEB9C / FFC7CE) count;
 * white, grey and blue do not.
 */
export function statusFromFill(hex: string): GoalStatus | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const n = parseInt(m[1], 16);
  const r = ((n >> 16) & 255) / 255;
  const g = ((n >> 8) & 255) / 255;
  const b = (n & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  if (max < 0.25 || d / max < 0.12) return undefined;
  let h: number;
  if (max === r) h = 60 * (((g - b) / d + 6) % 6);
  else if (max === g) h = 60 * ((b - r) / d + 2);
  else h = 60 * ((r - g) / d + 4);
  if (h < 20 || h >= 330) return "ej-uppfyllt";
  if (h < 70) return "delvis";
  if (h < 170) return "uppfyllt";
  return undefined;
}

export const STATUS_SV: Record<GoalStatus, string> = {
  uppfyllt: "uppfyllt",
  delvis: "delvis uppfyllt",
  "ej-uppfyllt": "ej uppfyllt",
  "ej-bedomd": "ej bedömt",
};

export const STATUS_EN: Record<GoalStatus, string> = {
  uppfyllt: "met",
  delvis: "partly met",
  "ej-uppfyllt": "not met",
  "ej-bedomd": "not assessed",
};
