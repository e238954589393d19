/**
 * The real report of the Kommunstyrelsen 2019 example, built by `buildReport`
 * from the engine's result, rendered through the Office.js adapter into the
 * fake Excel that holds the same workbook. Every expectation is computed from
 * the spec, so a change in the report builder is followed, not frozen.
 */
import { checkWorkbook, fromA1, type CheckResult, type Finding, type Grid } from "../../src/domain";
import { ks2019FinancialGrids } from "../../src/fixtures/ks2019-financial";
import { ks2019GoalGrids } from "../../src/fixtures/ks2019-goals";
import { BYTES_PER_CALL, REPORT_MARKER_KEY, charsToPoints } from "../../src/excel/office-report-renderer";
import { buildReport } from "../../src/report/build";
import { reportLabels } from "../../src/report/labels";
import type { ReportSpec, SpecCell, StyleDef } from "../../src/report/spec";
import { snapshotSheet, type FakeCellState, type FakeExcelState, type FakeSheetState } from "../support/fake-excel";
import { setup } from "./fixtures";

const WORKBOOK = "Kommunstyrelsen 2019.xlsx";
const DATE = "2020-02-14";
/** Excel on the web's request limit. */
const FIVE_MB = 5_000_000;

const grids = (): Grid[] => [...ks2019FinancialGrids(), ...ks2019GoalGrids()];

function reportOf(result: CheckResult, language: "sv" | "en"): ReportSpec {
  return buildReport(result, { workbookName: WORKBOOK, date: DATE, language });
}

/** The fake Excel with the example workbook, and a jest spy on every context's sync. */
function setupWithSpy(options: { budgetBytes?: number } = {}) {
  const s = setup(grids(), { workbookName: WORKBOOK }, options);
  const spies: jest.SpyInstance[] = [];
  const run = s.Excel.run.bind(s.Excel);
  s.Excel.run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    run((context: Excel.RequestContext) => {
      spies.push(jest.spyOn(context, "sync"));
      return batch(context);
    });
  const spiedSyncs = () => spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
  return { ...s, spiedSyncs };
}

const KEY_COLS = 16384;

function sheetNamed(state: FakeExcelState, name: string): FakeSheetState {
  const s = state.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}; have ${state.sheets.map((x) => x.name).join(", ")}`);
  return s;
}

const at = (s: FakeSheetState, r: number, c: number): FakeCellState | undefined => s.cells.get(r * KEY_COLS + c);

/** Every cell of the spec with its absolute position. */
function specCells(spec: ReportSpec): Array<{ r: number; c: number; cell: SpecCell | null; block: string }> {
  return spec.blocks.flatMap((b) => {
    const width = Math.max(1, ...b.rows.map((x) => x.length));
    return b.rows.flatMap((row, i) => Array.from({ length: width }, (_, c) => ({ r: b.top + i, c, cell: row[c] ?? null, block: b.id })));
  });
}

function styleOf(spec: ReportSpec, c: SpecCell): StyleDef {
  return Object.assign({}, ...[c.style, ...(c.styles ?? [])].filter((n) => n !== undefined).map((n) => spec.styles[n]));
}

function snapshotAll(state: FakeExcelState, names: readonly string[]): unknown[] {
  return names.map((n) => snapshotSheet(state, n));
}

/** The report sheet's content without its id (a re-insert makes a new sheet). */
function reportContent(state: FakeExcelState, name: string): unknown {
  const snap = snapshotSheet(state, name) as { id: string; tables: Array<{ id: string; sheetId: string }>; conditionalFormats: Array<{ id: string }> };
  return {
    ...snap,
    id: undefined,
    tables: snap.tables.map((t) => ({ ...t, id: undefined, sheetId: undefined })),
    conditionalFormats: snap.conditionalFormats.map((cf) => ({ ...cf, id: undefined })),
  };
}

/** What the spec says must be on the sheet, checked cell by cell. */
function expectReportMatchesSpec(state: FakeExcelState, spec: ReportSpec, checkedSheets: readonly string[]): void {
  const report = sheetNamed(state, spec.sheetName);
  const cells = specCells(spec);
  const inSpec = new Set(cells.map(({ r, c }) => r * KEY_COLS + c));

  // Values at the spec's coordinates; nothing anywhere else.
  const wrongValues = cells.filter(({ r, c, cell }) => (at(report, r, c)?.value ?? "") !== (cell?.value ?? ""));
  expect(wrongValues.map(({ r, c, cell }) => ({ r, c, want: cell?.value, got: at(report, r, c)?.value }))).toEqual([]);
  const strays = [...report.cells.entries()].filter(([k, cell]) => !inSpec.has(k) && cell.value !== null && cell.value !== "");
  expect(strays).toEqual([]);
  // Text stays text, numbers stay numbers (a "2017" header or a footnote "5" is not retyped as a number).
  expect(cells.filter(({ r, c, cell }) => cell && cell.value !== null && typeof at(report, r, c)?.value !== typeof cell.value)).toEqual([]);

  // Number formats per cell.
  const wrongFormats = cells.filter(({ r, c, cell }) => (at(report, r, c)?.numberFormat ?? "General") !== (cell?.numberFormat ?? "General"));
  expect(wrongFormats.map(({ r, c, cell }) => ({ r, c, want: cell?.numberFormat, got: at(report, r, c)?.numberFormat }))).toEqual([]);
  const formats = new Set(cells.map(({ cell }) => cell?.numberFormat).filter(Boolean));
  expect([...formats]).toEqual(expect.arrayContaining(["#,##0", "0.0%"]));

  // Styles: bold, fill and colour as the named styles say; bold never loses the font's name or size.
  // Mismatches are collected, not asserted one by one: a large report has a hundred thousand cells.
  let boldCells = 0;
  const wrongStyles: unknown[] = [];
  for (const { r, c, cell } of cells) {
    if (!cell || (!cell.style && !cell.styles)) continue;
    const s = styleOf(spec, cell);
    const f = at(report, r, c);
    const want: Record<string, unknown> = { name: spec.font.name, size: s.size ?? spec.font.size };
    const got: Record<string, unknown> = { name: f?.format["font.name"], size: f?.format["font.size"] };
    if (s.bold) {
      boldCells++;
      want.bold = true;
      got.bold = f?.format["font.bold"];
    }
    if (s.fill) [want.fill, got.fill] = [s.fill, f?.fill];
    if (s.color) [want.color, got.color] = [`#${s.color}`, f?.format["font.color"]];
    if (s.borderTop) [want.borderTop, got.borderTop] = ["Continuous", f?.format["border.EdgeTop.style"]];
    if (JSON.stringify(want) !== JSON.stringify(got)) wrongStyles.push({ r, c, want, got });
  }
  expect(wrongStyles).toEqual([]);
  expect(boldCells).toBeGreaterThan(0);
  const sumCells = cells.filter(({ cell }) => cell?.style === "sumRow" || cell?.styles?.includes("sumRowNumber"));
  expect(sumCells.length).toBeGreaterThan(0);
  for (const { r, c } of sumCells) expect(at(report, r, c)?.format).toMatchObject({ "font.bold": true, "font.name": spec.font.name });

  // Merges, and nothing in a merged area but its first cell (Excel would drop it).
  const merges = spec.blocks.flatMap((b) => b.merges ?? []);
  expect(merges.length).toBeGreaterThan(0);
  expect(report.merges).toEqual(merges);
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) expect(at(report, r, c)?.value ?? "").toBe("");
    }
  }

  // Column widths and row heights.
  spec.columnWidths.forEach((w, i) => expect(report.columnWidths.get(i)).toBe(charsToPoints(w)));
  const heights = spec.blocks.flatMap((b) => (b.rowHeights ?? []).map((h, i) => [b.top + i, h] as const).filter(([, h]) => h !== null));
  expect(heights.length).toBeGreaterThan(0);
  expect([...report.rowHeights.entries()].sort((a, b) => a[0] - b[0])).toEqual(heights);

  // Excel tables: the spec's two flat lists, unique names in the workbook, the spec's ranges.
  const specTables = spec.blocks.flatMap((b) => (b.table ? [b.table] : []));
  expect(specTables.map((t) => t.name).sort()).toEqual(["Kontrollresultat", "Namndindikatorer"]);
  const ours = state.tables.filter((t) => t.sheetId === report.id);
  expect(ours.map((t) => ({ name: t.name, box: t.box, style: t.style })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
    specTables.map((t) => ({ name: t.name, box: t.range, style: t.style })).sort((a, b) => a.name.localeCompare(b.name)),
  );
  const names = state.tables.map((t) => t.name.toLowerCase());
  expect(new Set(names).size).toBe(names.length);
  for (const t of specTables) {
    // Excel requires unique, non-empty header texts and no merged cell inside a table.
    const headers = Array.from({ length: t.range.right - t.range.left + 1 }, (_, i) => at(report, t.range.top, t.range.left + i)?.value);
    expect(headers.every((h) => typeof h === "string" && h !== "")).toBe(true);
    expect(new Set(headers).size).toBe(headers.length);
    expect(merges.filter((m) => m.top <= t.range.bottom && t.range.top <= m.bottom && m.left <= t.range.right && t.range.left <= m.right)).toEqual([]);
  }

  // The icon set sits on the numeric status column with the spec's thresholds.
  const rules = spec.blocks.flatMap((b) => b.conditionalFormats ?? []);
  expect(rules.length).toBeGreaterThan(0);
  expect(report.conditionalFormats).toHaveLength(rules.length);
  const L = reportLabels(spec.language);
  for (const rule of rules) {
    const cf = report.conditionalFormats.find((x) => x.type === "IconSet" && JSON.stringify(x.box) === JSON.stringify(rule.range));
    expect(cf?.iconSet).toEqual({
      style: "ThreeTrafficLights1",
      showIconOnly: rule.showIconOnly,
      criteria: [
        {},
        { type: "Number", operator: "GreaterThanOrEqual", formula: `=${rule.yellowAtLeast}` },
        { type: "Number", operator: "GreaterThanOrEqual", formula: `=${rule.greenAtLeast}` },
      ],
    });
    expect(at(report, rule.range.top - 1, rule.range.left)?.value).toBe(L.statusIcon);
    // A number drives the icon; "ej bedömd" has none and leaves the cell empty.
    const statuses = Array.from({ length: rule.range.bottom - rule.range.top + 1 }, (_, i) => at(report, rule.range.top + i, rule.range.left)?.value ?? "");
    expect(statuses.filter((v) => typeof v !== "number" && v !== "")).toEqual([]);
    expect(statuses.some((v) => typeof v === "number")).toBe(true);
  }

  // Every link jumps to its cell on a sheet of the checked workbook.
  const links = cells.filter(({ cell }) => cell?.link);
  expect(links.length).toBeGreaterThan(0);
  for (const { r, c, cell } of links) {
    const link = cell!.link!;
    expect(checkedSheets).toContain(link.sheet);
    expect(fromA1(link.cell)).toBeDefined();
    expect(at(report, r, c)?.hyperlink).toEqual({ documentReference: `'${link.sheet}'!${link.cell}`, textToDisplay: cell!.value });
  }
  expect([...report.cells.values()].filter((x) => x.hyperlink)).toHaveLength(links.length);

  expect(state.settings.get(REPORT_MARKER_KEY)).toEqual({ id: report.id, name: spec.sheetName });
  expect(state.activeSheetId).toBe(report.id);
}

describe.each(["sv", "en"] as const)("the real Kommunstyrelsen 2019 report (%s) through the Office.js adapter", (language) => {
  const result = checkWorkbook(grids());
  const spec = reportOf(result, language);
  const checked = grids().map((g) => g.name);

  it("lands cell by cell as the spec says, in at most 4 round trips, under 5 MB a request", async () => {
    const { port, state, spiedSyncs } = setupWithSpy();
    state.maxRequestBytes = FIVE_MB;
    const before = snapshotAll(state, checked);

    const { sheetName } = await port.insertReport(spec);

    expect(sheetName).toBe(spec.sheetName);
    expect(state.syncCount).toBeLessThanOrEqual(4);
    expect(spiedSyncs()).toBe(state.syncCount);
    expect(state.requestBytesPerSync).toHaveLength(state.syncCount);
    expect(Math.max(...state.requestBytesPerSync)).toBeLessThan(FIVE_MB);
    expectReportMatchesSpec(state, spec, checked);
    expect(snapshotAll(state, checked)).toEqual(before);
    expect(state.sheets.map((s) => s.name)).toEqual([...checked, spec.sheetName]);
  });

  it("inserted twice, replaces its sheet and tables instead of duplicating them", async () => {
    const { port, state } = setupWithSpy();
    const before = snapshotAll(state, checked);
    await port.insertReport(spec);
    const first = reportContent(state, spec.sheetName);
    const firstId = sheetNamed(state, spec.sheetName).id;
    state.syncCount = 0;

    await port.insertReport(spec);

    expect(state.syncCount).toBeLessThanOrEqual(4);
    expect(state.sheets.map((s) => s.name)).toEqual([...checked, spec.sheetName]);
    expect(sheetNamed(state, spec.sheetName).id).not.toBe(firstId);
    expect(state.tables.map((t) => t.name).sort()).toEqual(["Kontrollresultat", "Namndindikatorer"]);
    expect(reportContent(state, spec.sheetName)).toEqual(first);
    expectReportMatchesSpec(state, spec, checked);
    expect(snapshotAll(state, checked)).toEqual(before);
    expect([...state.settings.keys()]).toEqual([REPORT_MARKER_KEY]);
  });
});

it("the English report replaces the Swedish one", async () => {
  const result = checkWorkbook(grids());
  const { port, state } = setupWithSpy();
  await port.insertReport(reportOf(result, "sv"));
  const en = reportOf(result, "en");
  await port.insertReport(en);
  expect(state.sheets.map((s) => s.name)).toEqual([...grids().map((g) => g.name), en.sheetName]);
  expectReportMatchesSpec(
    state,
    en,
    grids().map((g) => g.name),
  );
});

it("keeps a user's tables named Kontrollresultat and Namndindikatorer and the same suffixed names on every insert", async () => {
  const result = checkWorkbook(grids());
  const spec = reportOf(result, "sv");
  const { port, state } = setupWithSpy();
  const userSheet = state.sheets[1].id;
  state.tables.push(
    { id: "u1", name: "Kontrollresultat", sheetId: userSheet, box: { top: 0, left: 10, bottom: 3, right: 11 }, style: "TableStyleMedium2" },
    { id: "u2", name: "Namndindikatorer_2", sheetId: userSheet, box: { top: 0, left: 13, bottom: 3, right: 14 }, style: "TableStyleMedium2" },
  );
  const users = JSON.stringify(state.tables);
  const ourNames = () =>
    state.tables
      .filter((t) => t.sheetId === sheetNamed(state, spec.sheetName).id)
      .map((t) => t.name)
      .sort();

  await port.insertReport(spec);
  expect(ourNames()).toEqual(["Kontrollresultat_2", "Namndindikatorer"]);
  for (let i = 0; i < 3; i++) {
    await port.insertReport(spec);
    expect(ourNames()).toEqual(["Kontrollresultat_2", "Namndindikatorer"]);
  }
  expect(JSON.stringify(state.tables.filter((t) => t.sheetId === userSheet))).toBe(users);
});

/** `n` findings spread over the checked sheets, all severities, messages as long as the real ones. */
function manyFindings(result: CheckResult, n: number): Finding[] {
  const severities = ["error", "warning", "info"] as const;
  return Array.from({ length: n }, (_, i) => {
    const base = result.findings[i % result.findings.length];
    return { ...base, severity: severities[i % 3], cell: `C${i + 10}`, message: `${base.message} (${i + 1})`, messageEn: `${base.messageEn} (${i + 1})` };
  });
}

describe("a large report (thousands of findings) stays under Excel on the web's 5 MB request limit", () => {
  const result = checkWorkbook(grids());
  const checked = grids().map((g) => g.name);

  it.each([5_000, 20_000])(
    "%i findings: every request under 5 MB, Kontrollresultat complete and in place",
    async (n) => {
      const spec = reportOf({ ...result, findings: [...result.findings, ...manyFindings(result, n)] }, "sv");
      const findings = spec.blocks.find((b) => b.id === "kontrollresultat");
      expect(findings?.table?.range.bottom).toBe((findings?.table?.range.top ?? 0) + n + result.findings.length);
      const { port, state, spiedSyncs } = setupWithSpy();
      state.maxRequestBytes = FIVE_MB;
      const before = snapshotAll(state, checked);

      await port.insertReport(spec);

      expect(spiedSyncs()).toBe(state.syncCount);
      expect(Math.max(...state.requestBytesPerSync)).toBeLessThan(FIVE_MB);
      // A single request would not have fitted: the write is split only because it had to be.
      const total = state.requestBytesPerSync.reduce((a, b) => a + b, 0);
      if (total < FIVE_MB) expect(state.syncCount).toBe(3);
      else expect(state.syncCount).toBeGreaterThan(3);
      expectReportMatchesSpec(state, spec, checked);
      expect(snapshotAll(state, checked)).toEqual(before);
    },
    60_000,
  );

  it("a write forced into many small requests gives the same sheet as one request", async () => {
    const spec = reportOf(result, "sv");
    const one = setupWithSpy();
    await one.port.insertReport(spec);
    const many = setupWithSpy({ budgetBytes: 40 * BYTES_PER_CALL });
    await many.port.insertReport(spec);
    expect(one.state.syncCount).toBe(3);
    expect(many.state.syncCount).toBeGreaterThan(10);
    expect(reportContent(many.state, spec.sheetName)).toEqual(reportContent(one.state, spec.sheetName));
    expectReportMatchesSpec(many.state, spec, checked);
  });
});
