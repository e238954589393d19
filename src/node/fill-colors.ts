/**
 * Resolves a cell's fill colour as ExcelJS hands it over ({ argb },
 * { theme, tint } or { indexed }) to 6-digit RGB hex. Status cells filled
 * from the ribbon's palette carry a theme colour, not RGB, so without this a
 * goal's green/yellow/red fill would read as no fill at all.
 */

/** SpreadsheetML theme index → the theme's colour name. Index 0/1 and 2/3 are swapped against the XML's order (Excel's quirk). */
const THEME_SLOTS = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"] as const;
type Slot = (typeof THEME_SLOTS)[number];
export type ThemePalette = Record<Slot, string>;

/** The Office theme of Excel 2013–2022, for a file without a readable theme part. */
export const OFFICE_THEME: ThemePalette = {
  dk1: "000000",
  lt1: "FFFFFF",
  dk2: "44546A",
  lt2: "E7E6E6",
  accent1: "4472C4",
  accent2: "ED7D31",
  accent3: "A5A5A5",
  accent4: "FFC000",
  accent5: "5B9BD5",
  accent6: "70AD47",
  hlink: "0563C1",
  folHlink: "954F72",
};

/** The legacy 64-colour palette (ECMA-376 §18.8.27); 0–7 repeat 8–15. */
// prettier-ignore
const INDEXED = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
];

/**
 * The colour scheme of a theme part (xl/theme/theme1.xml). Any colour the
 * XML does not give keeps the Office default; sysClr colours use lastClr.
 */
export function paletteFromThemeXml(xml: string | undefined): ThemePalette {
  const out: ThemePalette = { ...OFFICE_THEME };
  if (!xml) return out;
  const scheme = /<(?:\w+:)?clrScheme\b[\s\S]*?<\/(?:\w+:)?clrScheme>/.exec(xml)?.[0];
  if (!scheme) return out;
  for (const slot of THEME_SLOTS) {
    const m = new RegExp(`<(?:\\w+:)?${slot}\\b[^>]*>\\s*<(?:\\w+:)?(srgbClr|sysClr)\\b([^>]*)>`).exec(scheme);
    if (!m) continue;
    const attr = m[1] === "srgbClr" ? "val" : "lastClr";
    const hex = new RegExp(`\\b${attr}="([0-9A-Fa-f]{6})"`).exec(m[2])?.[1];
    if (hex) out[slot] = hex.toUpperCase();
  }
  return out;
}

function rgbToHsl(hex: string): [number, number, number] {
  const n = parseInt(hex, 16);
  const r = ((n >> 16) & 255) / 255;
  const g = ((n >> 8) & 255) / 255;
  const b = (n & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0, l];
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === r) h = ((g - b) / d + (g < b ? 6 : 0)) / 6;
  else if (max === g) h = ((b - r) / d + 2) / 6;
  else h = ((r - g) / d + 4) / 6;
  return [h, s, l];
}

function hslToRgb(h: number, s: number, l: number): string {
  const channel = (t: number, p: number, q: number): number => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  let rgb: number[];
  if (s === 0) rgb = [l, l, l];
  else {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rgb = [channel(h + 1 / 3, p, q), channel(h, p, q), channel(h - 1 / 3, p, q)];
  }
  return rgb
    .map((v) =>
      Math.round(Math.min(1, Math.max(0, v)) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase();
}

/**
 * Excel's tint (ECMA-376 §18.8.19): in HSL, a negative tint darkens
 * (L·(1+tint)), a positive one lightens toward white (L·(1−tint) + tint).
 */
export function applyTint(hex: string, tint: number): string {
  if (!tint) return hex.toUpperCase();
  const [h, s, l] = rgbToHsl(hex);
  const lt = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return hslToRgb(h, s, lt);
}

export interface ColorSpec {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/**
 * RGB hex of an ExcelJS colour, or undefined when it names nothing we know
 * (a theme index past the scheme, a system colour such as indexed 64).
 */
export function resolveColor(color: ColorSpec | undefined, palette: ThemePalette = OFFICE_THEME): string | undefined {
  if (!color) return undefined;
  let base: string | undefined;
  if (typeof color.argb === "string" && /^[0-9A-Fa-f]{6,8}$/.test(color.argb)) base = color.argb.slice(-6).toUpperCase();
  else if (typeof color.theme === "number") {
    const slot = THEME_SLOTS[color.theme];
    base = slot ? palette[slot] : undefined;
  } else if (typeof color.indexed === "number") base = INDEXED[color.indexed];
  if (!base) return undefined;
  return typeof color.tint === "number" ? applyTint(base, color.tint) : base;
}
