import type { CheckResult } from "../../src/domain";
import { buildReport } from "../../src/report";
import type { StyleName } from "../../src/report/spec";
import { mergeStyles, REPORT_COLORS, REPORT_STYLES } from "../../src/report/styles";
import { handResult } from "./hand-result";

/** WCAG 2 relative luminance of an RRGGBB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(fg: string, bg: string): number {
  const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

/** Text with no colour of its own is black (the font's automatic colour); a cell with no fill is white. */
const pair = (names: readonly StyleName[]) => {
  const s = mergeStyles(REPORT_STYLES, names);
  return { fg: s.color ?? "000000", bg: s.fill ?? "FFFFFF" };
};

/** A result with every status, a conflict, errors and flagged cells: the style combinations the report writes. */
function rich(): CheckResult {
  const r = handResult();
  r.findings.push({
    rule: "invalid-value",
    severity: "error",
    sheet: "Drift",
    cell: "D6",
    message: "x",
    messageEn: "holds #DIV/0! where an amount belongs",
  });
  return r;
}

describe("contrast of every text colour on its fill (WCAG AA, ≥ 4.5:1)", () => {
  it("computes the known ratios", () => {
    expect(contrast("000000", "FFFFFF")).toBeCloseTo(21, 5);
    expect(contrast("777777", "FFFFFF")).toBeCloseTo(4.48, 2);
  });

  it.each(Object.keys(REPORT_STYLES) as StyleName[])("style %s on its own", (name) => {
    const { fg, bg } = pair([name]);
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    [["number", "negative", "flagged"]],
    [["sumRowNumber", "negative", "flagged"]],
    [["footnoteRef", "sumRow"]],
    [["text", "flagged"]],
  ] as StyleName[][][])("overlay %j", (names) => {
    const { fg, bg } = pair(names);
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(["sv", "en"] as const)("every style combination a report writes (%s)", (language) => {
    const spec = buildReport(rich(), { workbookName: "x.xlsx", date: "2020-02-14", language });
    const seen = new Map<string, number>();
    for (const b of spec.blocks)
      for (const row of b.rows)
        for (const c of row) {
          if (!c || c.value === null || c.value === "") continue;
          const names = [c.style, ...(c.styles ?? [])].filter((n): n is StyleName => Boolean(n));
          const { fg, bg } = pair(names);
          seen.set(`${names.join("+")}: ${fg} on ${bg}`, contrast(fg, bg));
        }
    expect(seen.size).toBeGreaterThan(10);
    const low = [...seen].filter(([, ratio]) => ratio < 4.5);
    expect(low).toEqual([]);
  });

  it("writes the contradicted stated status in its own dark colour on its own fill", () => {
    const spec = buildReport(handResult(), {
      workbookName: "x.xlsx",
      date: "2020-02-14",
      language: "sv",
    });
    const goals = spec.blocks.find((b) => b.id === "maluppfyllelse")!;
    const stated = goals.rows.find((r) => r[0]?.value === "Medarbetare")![2]!;
    expect(stated.value).toBe("⚠ Uppfyllt");
    const { fg, bg } = pair([stated.style!, ...(stated.styles ?? [])]);
    expect([fg, bg]).toEqual([REPORT_COLORS.greenText, REPORT_COLORS.greenFill]);
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
});
