import type { IndicatorResult } from "../../src/domain";
import { buildReport } from "../../src/report";
import { indicatorDecimals, indicatorNumberFormat } from "../../src/report/indicator-format";
import { goals, handResult } from "./hand-result";

function ind(values: [number, number | null, string][], target: number | null, targetRaw?: string): IndicatorResult {
  const base = goals()[0].indicators[0];
  return {
    ...base,
    values: values.map(([year, value, raw]) => ({ year, value, raw })),
    target,
    ...(targetRaw !== undefined ? { targetRaw } : {}),
  };
}

describe("indicator number formats", () => {
  it.each([
    [
      "whole counts",
      ind(
        [
          [2018, 45000, "45 000"],
          [2019, 48500, "48500"],
        ],
        50000,
        "50 000",
      ),
      0,
    ],
    ["a thousands group written with a point", ind([[2019, 45000, "45.000"]], null), 0],
    [
      "one written decimal lines up the whole years",
      ind(
        [
          [2017, 96, "96"],
          [2018, 97.2, "97,2"],
        ],
        97,
        "97",
      ),
      1,
    ],
    ["decimals written as zeros are kept", ind([[2019, 12.5, "12,50"]], null), 2],
    ["decimals the value needs when no text is given", ind([[2019, 1.25, ""]], null), 2],
    ["at most three", ind([[2019, 0.123456, "0,123456"]], null), 3],
    ["text beside the number does not count", ind([[2019, 74, "74 (prognos)"]], 77, "77"), 0],
  ])("%s", (_name, indicator, decimals) => {
    expect(indicatorDecimals(indicator)).toBe(decimals);
  });

  it.each([
    [45000, 0, "#,##0"],
    [999, 0, "0"],
    [96, 1, "0.0"],
    [1723.5, 1, "#,##0.0"],
    [-1500, 2, "#,##0.00"],
  ])("%d with %d decimals → %s", (value, decimals, fmt) => {
    expect(indicatorNumberFormat(value, decimals)).toBe(fmt);
  });

  it("gives every numeric year and target cell of the Nämndindikatorer block a format and keeps I.U. as text", () => {
    const r = handResult();
    r.goals[2].indicators[0] = {
      ...r.goals[2].indicators[0],
      values: [
        { year: 2017, value: null, raw: "I.U." },
        { year: 2018, value: 45000, raw: "45 000" },
        { year: 2019, value: 48500, raw: "48 500" },
      ],
    };
    const spec = buildReport(r, { workbookName: "x.xlsx", date: "2020-02-14", language: "sv" });
    const block = spec.blocks.find((b) => b.id === "indikatorer");
    expect(block).toBeDefined();
    const header = block!.rows[1].map((c) => String(c?.value ?? ""));
    const valueCols = header.flatMap((h, i) => (/^\d{4}$/.test(h) || h === "Målvärde" ? [i] : []));
    expect(valueCols.length).toBe(4);
    let numbers = 0;
    for (const row of block!.rows.slice(2)) {
      for (const c of valueCols) {
        const cell = row[c];
        if (!cell) continue;
        if (typeof cell.value === "number") {
          numbers++;
          expect(cell.numberFormat).toMatch(/^(#,##)?0(\.0+)?$/);
          if (Math.abs(cell.value) >= 1000) expect(cell.numberFormat?.startsWith("#,##0")).toBe(true);
        } else {
          expect(cell.numberFormat).toBeUndefined();
        }
      }
    }
    expect(numbers).toBeGreaterThan(8);
    const pension = block!.rows.find((row) => row[1]?.value === "Pensionsmedel");
    expect(pension?.[valueCols[0]]?.value).toBe("I.U.");
    expect(pension?.[valueCols[1]]).toMatchObject({ value: 45000, numberFormat: "#,##0" });
    const heltid = block!.rows.find((row) => row[1]?.value === "Andel heltidsanställningar");
    expect(heltid?.[valueCols[0]]).toMatchObject({ value: 96, numberFormat: "0.0" });
  });
});
