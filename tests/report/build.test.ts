import { countBySeverity, type CheckResult, type FinancialTable } from "../../src/domain";
import { buildReport } from "../../src/report/build";
import type { ReportBlock, ReportSpec, SpecCell } from "../../src/report/spec";
import { REPORT_STYLES } from "../../src/report/styles";
import { driftTable, handResult } from "./hand-result";

const OPTS = {
  workbookName: "kommunstyrelsen-2019.xlsx",
  date: "2020-02-14",
  language: "sv" as const,
};

function block(spec: ReportSpec, id: ReportBlock["id"]): ReportBlock {
  const b = spec.blocks.find((x) => x.id === id);
  if (!b) throw new Error(`no block ${id}`);
  return b;
}
/** The row of a block whose first cell's text starts with `label`. */
function rowOf(b: ReportBlock, label: string): ReadonlyArray<SpecCell | null> {
  const r = b.rows.find((row) => typeof row[0]?.value === "string" && (row[0].value as string).trim().startsWith(label));
  if (!r) throw new Error(`no row ${label} in ${b.id}`);
  return r;
}
const stylesOf = (c: SpecCell | null) => (c ? [c.style, ...(c.styles ?? [])] : []);
/** Column of a header text in a block's header row. */
function colOf(b: ReportBlock, header: string): number {
  for (const row of b.rows) {
    const i = row.findIndex((c) => c?.value === header);
    if (i >= 0) return i;
  }
  throw new Error(`no header ${header}`);
}

describe("buildReport: layout", () => {
  const spec = buildReport(handResult(), OPTS);

  it("puts the blocks in the agreed order, each below the previous with one blank row", () => {
    expect(spec.blocks.map((b) => b.id)).toEqual(["heading", "driftsammandrag", "maluppfyllelse", "indikatorer", "kontrollresultat", "kommentarer"]);
    for (let i = 1; i < spec.blocks.length; i++) {
      const prev = spec.blocks[i - 1];
      expect(spec.blocks[i].top).toBe(prev.top + prev.rows.length + 1);
    }
    expect(spec.sheetName).toBe("Rapportkoll");
    expect(buildReport(handResult(), { ...OPTS, language: "en" }).sheetName).toBe("Rapportkoll report");
  });

  it("writes the workbook name, the date and the summary lines in the heading", () => {
    const h = block(spec, "heading");
    const texts = h.rows.map((r) => r[0]?.value);
    expect(texts[0]).toContain("kommunstyrelsen-2019.xlsx");
    expect(texts[1]).toContain("2020-02-14");
    const c = countBySeverity(handResult().findings);
    expect(texts[2]).toBe(`${c.error} fel, ${c.warning} varning, ${c.info} noteringar`);
    expect(texts[3]).toBe("Beräknad bedömning: 3 nämndmål: 2 delvis, 1 ej bedömd");
  });

  it("counts goals on the computed status, in English too", () => {
    const r = handResult();
    const goals = [...r.goals, ...r.goals.map((g) => ({ ...g, computed: "uppfyllt" as const }))];
    const en = buildReport({ ...r, goals, findings: [] }, { ...OPTS, language: "en" });
    const lines = block(en, "heading").rows.map((x) => x[0]?.value);
    expect(lines[2]).toBe("0 errors, 0 warnings, 0 notes");
    expect(lines[3]).toBe("Computed assessment: 6 committee goals: 3 met, 2 partly met, 1 not assessed");
  });

  it("is deterministic: the same input gives the same spec, and the date only changes the heading", () => {
    expect(buildReport(handResult(), OPTS)).toEqual(buildReport(handResult(), OPTS));
    const other = buildReport(handResult(), { ...OPTS, date: "2021-01-01" });
    expect(other.blocks.slice(1)).toEqual(spec.blocks.slice(1));
    expect(other.blocks[0]).not.toEqual(spec.blocks[0]);
  });

  it("leaves out goal blocks when there are no goals, and says so when nothing was found", () => {
    const empty: CheckResult = {
      sheets: [],
      tables: [],
      goals: [],
      findings: [],
      reportYear: null,
    };
    const s = buildReport(empty, OPTS);
    expect(s.blocks.map((b) => b.id)).toEqual(["heading", "kontrollresultat", "kommentarer"]);
    expect(block(s, "kontrollresultat").table).toBeUndefined();
    expect(block(s, "kontrollresultat").rows[1][0]?.value).toBe("Inga avvikelser hittades.");
  });

  it("declares every style it uses with the report font", () => {
    for (const b of spec.blocks) for (const r of b.rows) for (const c of r) for (const s of stylesOf(c)) if (s) expect(spec.styles[s]).toBeDefined();
    expect(spec.styles).toBe(REPORT_STYLES);
    expect(spec.font.name).toBeTruthy();
  });
});

describe("buildReport: Driftsammandrag", () => {
  const spec = buildReport(handResult(), OPTS);
  const b = block(spec, "driftsammandrag");

  it("titles the table with its unit and lays out the columns", () => {
    expect(b.rows[0][0]?.value).toBe("Driftsammandrag, netto tkr");
    const header = b.rows[2].map((c) => c?.value ?? null);
    expect(header).toEqual(["Verksamhet", null, "Bokslut 2019", "Budget 2019", "Avvikelse", "Avvikelse % av budget", "Bokslut 2018", "Not"]);
  });

  it("writes amounts as numbers with #,##0 and the share of budget as a fraction with 0.0%", () => {
    const hr = rowOf(b, "HR-staben");
    expect(hr[colOf(b, "Bokslut 2019")]).toMatchObject({ value: 49159, numberFormat: "#,##0" });
    const pct = hr[colOf(b, "Avvikelse % av budget")];
    expect(pct?.numberFormat).toBe("0.0%");
    expect(pct?.value).toBeCloseTo(-4935 / 44224, 10);
  });

  it("makes sum rows bold with a rule above and section headings distinct", () => {
    const sum = rowOf(b, "Kommunstyrelsen nettokostnader");
    expect(stylesOf(sum[0])).toContain("sumRow");
    expect(stylesOf(sum[colOf(b, "Budget 2019")])).toContain("sumRowNumber");
    expect(REPORT_STYLES.sumRowNumber).toMatchObject({ bold: true, borderTop: "thin" });
    expect(stylesOf(rowOf(b, "Leanlink")[0])).toContain("sectionHeading");
  });

  it("colours negative deviations red and leaves positive ones alone", () => {
    const dev = colOf(b, "Avvikelse");
    expect(stylesOf(rowOf(b, "HR-staben")[dev])).toContain("negative");
    expect(stylesOf(rowOf(b, "HR-staben")[dev + 1])).toContain("negative");
    expect(stylesOf(rowOf(b, "Planeringsstaben")[dev])).not.toContain("negative");
  });

  it("uses #,##0.0 for a table in mnkr", () => {
    const t: FinancialTable = { ...driftTable(), unit: "mnkr", title: "Driftsammandrag" };
    const s = buildReport({ ...handResult(), tables: [t] }, OPTS);
    const mb = block(s, "driftsammandrag");
    expect(mb.rows[0][0]?.value).toBe("Driftsammandrag, mnkr");
    expect(rowOf(mb, "HR-staben")[2]?.numberFormat).toBe("#,##0.0");
  });

  it("marks each cell with an error finding and numbers it after the Kontrollresultat row", () => {
    const kr = block(spec, "kontrollresultat");
    const cellCol = kr.rows[1].findIndex((c) => c?.value === "Cell");
    const numberOf = (cell: string) => kr.rows.find((r) => r[cellCol]?.value === cell)?.[0]?.value;
    const sum = rowOf(b, "Kommunstyrelsen nettokostnader");
    const actual = sum[colOf(b, "Bokslut 2019")];
    const dev = sum[colOf(b, "Avvikelse")];
    expect(stylesOf(actual)).toContain("flagged");
    expect(stylesOf(dev)).toContain("flagged");
    expect(actual?.note).toContain(String(numberOf("B13")));
    expect(sum[colOf(b, "Not")]?.value).toBe([numberOf("B13"), numberOf("D13")].join(", "));
    // An action-plan note is no error: the HR cell is not filled.
    expect(stylesOf(rowOf(b, "HR-staben")[colOf(b, "Avvikelse")])).not.toContain("flagged");
    expect(stylesOf(rowOf(b, "Kommunledning")[colOf(b, "Bokslut 2019")])).not.toContain("flagged");
  });

  it("flags the label when the error sits in a column the report does not show", () => {
    const r = handResult();
    r.findings.push({
      rule: "invalid-value",
      severity: "error",
      sheet: "Drift",
      cell: "F6",
      message: "x",
      messageEn: "x",
    });
    const fb = block(buildReport(r, OPTS), "driftsammandrag");
    expect(stylesOf(rowOf(fb, "Planeringsstaben")[0])).toContain("flagged");
  });

  it("computes the deviation when the table prints none, and adapts an investment table", () => {
    const t = driftTable();
    const noDev: FinancialTable = {
      ...t,
      columns: t.columns.filter((c) => c.role !== "deviation"),
      rows: t.rows.map((r) => ({ ...r, values: [r.values[0], r.values[1], r.values[3]] })),
    };
    const nb = block(buildReport({ ...handResult(), tables: [noDev], findings: [] }, OPTS), "driftsammandrag");
    expect(rowOf(nb, "HR-staben")[colOf(nb, "Avvikelse")]?.value).toBe(44224 - 49159);
    const inv: FinancialTable = {
      ...t,
      kind: "investeringar",
      title: undefined,
      columns: [
        { col: 1, role: "costs", header: "Utgifter" },
        { col: 2, role: "income", header: "Inkomster" },
        { col: 3, role: "budget", header: "Budget netto" },
      ],
      rows: [
        {
          row: 4,
          label: "Simhall",
          kind: "item",
          isIncome: false,
          level: 1,
          values: [113646, null, 134000],
          hidden: false,
        },
      ],
    };
    const ib = block(buildReport({ ...handResult(), tables: [inv], findings: [] }, OPTS), "investeringar");
    expect(ib.rows[0][0]?.value).toBe("Investeringar, netto tkr");
    expect(rowOf(ib, "Simhall")[colOf(ib, "Avvikelse")]?.value).toBe(134000 - 113646);
  });
});

describe("buildReport: Måluppfyllelse and Nämndindikatorer", () => {
  const spec = buildReport(handResult(), OPTS);
  const g = block(spec, "maluppfyllelse");

  it("writes every status as a word on its colour and marks a conflict in words", () => {
    const goal = rowOf(g, "Medarbetare");
    expect(goal.slice(0, 5).map((c) => c?.value)).toEqual(["Medarbetare", "Goda arbetsplatser", "⚠ Uppfyllt", "Delvis uppfyllt", "1 av 2"]);
    expect(goal[2]?.style).toBe("statusGreen");
    // No red overlay on the green: the conflict is the ⚠ and the Anmärkning column.
    expect(goal[2]?.styles ?? []).toEqual([]);
    expect(goal[3]?.style).toBe("statusYellow");
    expect(goal[5]?.value).toContain("Motsägs");
    const grey = rowOf(g, "Ekonomi");
    expect(grey[3]).toMatchObject({ value: "Ej bedömd", style: "statusGrey" });
    expect(rowOf(g, "Verksamhet")[5]).toBeNull();
  });

  it("calls a difference a conflict only where the engine reported status-conflict", () => {
    const r = handResult();
    // Stated better than computed, but no status-conflict finding at its cell: noted, not marked as contradicted.
    r.findings = r.findings.filter((f) => f.rule !== "status-conflict");
    const row = rowOf(block(buildReport(r, OPTS), "maluppfyllelse"), "Medarbetare");
    expect(row[5]?.value).toBe("Skiljer sig");
    expect(row[5]?.style).not.toBe("conflict");
  });

  it("lays out the indicators as an Excel table with an icon set on a numeric status", () => {
    const b = block(spec, "indikatorer");
    const header = b.rows[1].map((c) => c?.value);
    expect(header).toEqual(["Nämndmål", "Indikator", "Grupp", "2017", "2018", "2019", "Målvärde", "Status", "Bedömning", "Trend"]);
    expect(b.table).toMatchObject({
      name: "Namndindikatorer",
      range: { top: b.top + 1, left: 0, bottom: b.top + b.rows.length - 1, right: 9 },
    });
    expect(b.conditionalFormats?.[0]).toMatchObject({
      iconSet: "3TrafficLights1",
      showIconOnly: true,
      range: { top: b.top + 2, left: 7, right: 7, bottom: b.top + b.rows.length - 1 },
    });
    const rows = b.rows.slice(2);
    expect(rows.map((r) => r[7]?.value)).toEqual([-1, 1, -1, null]);
    expect(rows.map((r) => r[8]?.value)).toEqual(["Ej uppfyllt", "Uppfyllt", "Ej uppfyllt", "Ej bedömd"]);
    expect(rows.map((r) => r[9]?.value)).toEqual(["↓ sämre", "↑ bättre", "↑ bättre", ""]);
    // 74 (prognos) is the number 74, the words go in a note; I.U. stays as written.
    expect(rows[2][5]).toMatchObject({ value: 74, note: "”74 (prognos)”" });
    expect(rows[3][3]?.value).toBe("I.U.");
  });
});

describe("buildReport: Kontrollresultat", () => {
  it("lists errors first, with a link to each cell", () => {
    const b = block(buildReport(handResult(), OPTS), "kontrollresultat");
    // The message in column B, the sheet's wide text column, where it wraps.
    expect(b.rows[1].map((c) => c?.value)).toEqual(["Nr", "Meddelande", "Regel", "Allvarlighet", "Blad", "Cell"]);
    const sev = b.rows.slice(2).map((r) => r[3]?.value);
    expect(sev).toEqual(["Fel", "Fel", "Varning", "Notering", "Notering"]);
    expect(b.rows[2][5]).toMatchObject({ value: "B13", link: { sheet: "Drift", cell: "B13" } });
    expect(b.table).toMatchObject({
      name: "Kontrollresultat",
      range: { top: b.top + 1, left: 0, right: 5, bottom: b.top + 6 },
    });
    const en = block(buildReport(handResult(), { ...OPTS, language: "en" }), "kontrollresultat");
    expect(en.rows[2][1]?.value).toBe(handResult().findings.find((f) => f.cell === "B13")?.messageEn);
  });
});

describe("the stated status as written, quoted the report language's way", () => {
  const r = handResult();
  r.goals[0] = { ...r.goals[0], statedRaw: "Uppnått" };
  it.each([
    ["sv", "”Uppnått”"],
    ["en", "“Uppnått”"],
  ] as const)("%s: %s", (language, quoted) => {
    const row = rowOf(block(buildReport(r, { ...OPTS, language }), "maluppfyllelse"), "Medarbetare");
    expect(row[2]?.note).toBe(quoted);
  });
});
