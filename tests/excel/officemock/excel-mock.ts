import { OfficeMockObject } from "office-addin-mock";
import type { Cell, Grid } from "../../../src/domain/grid";
import { rangeA1, sheetRef } from "../../../src/domain/a1";
import { officeEnv } from "../../../src/excel/office-env";
import { OfficeWorkbookPort } from "../../../src/excel/office-workbook";

/**
 * An Excel workbook written into office-addin-mock's OfficeMockObject.
 *
 * The mock gives load/sync semantics (a property reads "Error, property was
 * not loaded" until it is loaded and synced) but no Excel object model, and it
 * cannot mock collections: `load("items/name")` throws because `items` is not
 * a navigation property (OfficeDev/Office-Addin-Scripts#904; Microsoft's
 * unit-testing page says collection objects are not supported). So:
 *
 *  - every Excel object (sheet, range, table, conditional format, setting) is
 *    an OfficeMockObject grown into the context's tree at run time, so one
 *    `context.sync()` reaches it;
 *  - the three collections the adapter loads (worksheets, workbook.tables,
 *    worksheet.tables) get a small shim: `load("items/x")` forwards `load("x")`
 *    to each item mock, and `sync` sets `items` after the mock's own sync;
 *  - the methods the adapter calls (getUsedRangeOrNullObject, getRangeByIndexes,
 *    getRowProperties, getMergedAreasOrNullObject, add, delete, …) are written
 *    here and record what they were asked in `log`, which is how tests see
 *    write calls: the mock cannot intercept a plain property assignment, so
 *    written values are read back from the range objects handed out.
 *
 * Office's own failures are not modelled: tests inject them by spying on
 * `context.sync` (see failSyncAt).
 *
 * Not expressible here, so covered by the fake in tests/support/fake-excel.ts
 * (tests/excel/*.test.ts): the mock runs each call when it is made rather
 * than queueing it for the sync, so an operation failing halfway through a
 * batch with earlier ones applied, the 512-merged-area failure and its retry,
 * the per-sync payload budget that forces chunking, and marks on protected
 * sheets are tested against the fake.
 */

/** office-addin-mock marks these private in its typings, but growing the tree at run time needs them. */
interface MockInternals {
  addMock(name: string): void;
  populate(data: object): void;
  setValue(name: string, value: unknown): void;
}
const internals = (m: OfficeMockObject) => m as unknown as MockInternals;

let serial = 0;
/** A new child mock under `parent`, part of the tree `context.sync()` walks. */
function adopt(parent: OfficeMockObject, prefix: string, data: object): OfficeMockObject {
  const key = `${prefix}_${++serial}`;
  internals(parent).addMock(key);
  const child = parent[key] as OfficeMockObject;
  internals(child).populate(data);
  return child;
}

/** A scalar whose value is an object or null (populate would turn an object into a nested mock). */
function setScalar(m: OfficeMockObject, name: string, value: unknown) {
  internals(m).setValue(name, value);
}

export interface LogEntry {
  /** The sheet's id, or "" for workbook-level calls. */
  sheetId: string;
  op: string;
  args: unknown[];
  /** The object handed back (a range, table, conditional format, sheet). */
  result?: OfficeMockObject;
}

export interface MockOptions {
  /** The highest ExcelApi set the host supports; default 1.13 (every optional API the adapter uses). */
  apiVersion?: string;
  workbookName?: string;
  structureProtected?: boolean;
}

/** OfficeExtension.Error's shape: a RichApi.Error with a non-localized code. */
export class OfficeErrorLike extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message = `Office says ${code}`,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

/** What a mock property holds, whether loaded or written by the code under test; `fallback` when neither. */
function current(value: unknown, fallback: string): string {
  return typeof value === "string" && !value.startsWith("Error, ") ? value : fallback;
}

function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2] = have.split(".").map(Number);
  const [b1, b2] = want.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && (a2 ?? 0) >= (b2 ?? 0));
}

interface SheetRecord {
  id: string;
  mock: OfficeMockObject;
  grid: Grid;
  deleted: boolean;
  tables: OfficeMockObject[];
}

/** The used range (values only): the box around cells with a value or a formula. */
function usedBox(grid: Grid) {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  grid.cells.forEach((row, r) =>
    row?.forEach((c, col) => {
      if (!c || (c.value === null && c.formula === undefined)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, col);
      right = Math.max(right, col);
    }),
  );
  return bottom < 0 ? undefined : { top, left, bottom, right };
}

function cellData(c: Cell | undefined) {
  const v = c?.value;
  if (v === null || v === undefined) return { value: "", type: "Empty" };
  if (typeof v === "object") return { value: v.error, type: "Error" };
  return { value: v, type: typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String" };
}

/** The scalar read data of a range, as Excel returns it (formulas hold the constant for a constant cell). */
function rangeReadData(grid: Grid, top: number, left: number, rows: number, cols: number) {
  const at = (i: number, j: number) => grid.cells[top + i]?.[left + j];
  const box = <T>(f: (c: Cell | undefined) => T) => Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(at(i, j))));
  return {
    values: box((c) => cellData(c).value),
    formulas: box((c) => (c?.formula !== undefined ? `=${c.formula}` : cellData(c).value)),
    numberFormat: box((c) => c?.numberFormat ?? "General"),
    valueTypes: box((c) => cellData(c).type),
  };
}

export function createExcelMock(grids: Grid[], options: MockOptions = {}) {
  const apiVersion = options.apiVersion ?? "1.13";
  const log: LogEntry[] = [];
  const settings = new Map<string, unknown>();
  const sheets: SheetRecord[] = [];
  let nextId = 1;

  const excel = new OfficeMockObject({
    context: {
      workbook: {
        name: options.workbookName ?? "Bok1.xlsx",
        protection: { protected: options.structureProtected ?? false },
        worksheets: {},
        tables: {},
        settings: {},
      },
    },
    run: async function (this: OfficeMockObject, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  });
  const context = excel.context as OfficeMockObject;
  const workbook = context.workbook as OfficeMockObject;
  const worksheets = workbook.worksheets as OfficeMockObject;

  const live = () => sheets.filter((s) => !s.deleted);
  const record = (ws: OfficeMockObject) => sheets.find((s) => s.mock === ws) as SheetRecord;

  /** `load("items/a,items/b")` → `load("a,b")` on every item; `items` appears at the next sync. */
  function shimCollection(coll: OfficeMockObject, current: () => OfficeMockObject[]) {
    let requested = false;
    setScalar(coll, "load", (props: string) => {
      const itemProps = props
        .split(",")
        .map((p) => p.trim())
        .filter((p) => p.startsWith("items/"))
        .map((p) => p.slice("items/".length));
      if (itemProps.length > 0) for (const item of current()) item.load(itemProps.join(","));
      requested = true;
      return coll;
    });
    // Synchronous on purpose: the mock's sync does not await its children, so
    // `items` must be set before the caller's `await context.sync()` resumes.
    setScalar(coll, "sync", () => {
      const done = OfficeMockObject.prototype.sync.call(coll);
      if (requested) coll.items = current();
      return done;
    });
  }

  function rangeMock(parent: OfficeMockObject, rec: SheetRecord, top: number, left: number, rows: number, cols: number) {
    const grid = rec.grid;
    const range = adopt(parent, "range", {
      rowIndex: top,
      columnIndex: left,
      rowCount: rows,
      columnCount: cols,
      ...rangeReadData(grid, top, left, rows, cols),
      format: { font: {}, fill: {}, borders: {} },
      conditionalFormats: {},
      getRowProperties: function (this: OfficeMockObject, _load: unknown) {
        const result = adopt(this, "rowProps", {});
        setScalar(
          result,
          "value",
          Array.from({ length: rows }, (_, i) => ({ rowHidden: grid.hiddenRows.includes(top + i) })),
        );
        // A ClientResult's value arrives with the sync; loading it now gives the same "not before sync" behaviour.
        return result.load("value");
      },
      getRow: function (this: OfficeMockObject, i: number) {
        return adopt(this, "row", { rowHidden: grid.hiddenRows.includes(top + i) });
      },
      getCellProperties: function (this: OfficeMockObject, _load: unknown) {
        const result = adopt(this, "cellProps", {});
        const fills = Array.from({ length: rows }, (_, i) =>
          Array.from({ length: cols }, (_, j) => ({ format: { fill: { color: `#${grid.cells[top + i]?.[left + j]?.fill ?? "FFFFFF"}` } } })),
        );
        setScalar(result, "value", fills);
        return result.load("value");
      },
      getMergedAreasOrNullObject: function (this: OfficeMockObject) {
        const inside = grid.merges.filter((m) => m.top >= top && m.bottom < top + rows && m.left >= left && m.right < left + cols);
        const areas = adopt(this, "areas", { address: inside.map((m) => sheetRef(rec.grid.name, rangeA1(m.top, m.left, m.bottom, m.right))).join(",") });
        areas.isNullObject = inside.length === 0;
        return areas;
      },
      merge: function (this: OfficeMockObject, across: boolean) {
        log.push({ sheetId: rec.id, op: "merge", args: [top, left, rows, cols, across] });
      },
      select: function () {
        log.push({ sheetId: rec.id, op: "select", args: [top, left, rows, cols] });
      },
    });
    const cfs = range.conditionalFormats as OfficeMockObject;
    setScalar(cfs, "add", (type: string) => {
      const cf = adopt(cfs, "cf", { type, iconSet: {}, custom: { rule: {}, format: { fill: {}, borders: {} } } });
      log.push({ sheetId: rec.id, op: "conditionalFormats.add", args: [type, top, left, rows, cols], result: cf });
      return cf;
    });
    const borders = (range.format as OfficeMockObject).borders as OfficeMockObject;
    setScalar(borders, "getItem", (edge: string) => (borders[edge] as OfficeMockObject | undefined) ?? (internals(borders).addMock(edge), borders[edge]));
    return range;
  }

  function addSheet(grid: Grid): SheetRecord {
    const id = `{0000000${nextId++}-0000-0000-0000-000000000000}`;
    const ws = adopt(worksheets, "sheet", {
      name: grid.name,
      id,
      visibility: grid.visible === false ? "Hidden" : "Visible",
      protection: { protected: false },
      tables: {},
      getUsedRangeOrNullObject: function (this: OfficeMockObject, _valuesOnly?: boolean) {
        const b = usedBox(rec.grid);
        const used = b
          ? rangeMock(this, rec, b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1)
          : adopt(this, "range", { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 });
        used.isNullObject = b === undefined;
        log.push({ sheetId: id, op: "getUsedRangeOrNullObject", args: [], result: used });
        return used;
      },
      getRangeByIndexes: function (this: OfficeMockObject, top: number, left: number, rows: number, cols: number) {
        const range = rangeMock(this, rec, top, left, rows, cols);
        log.push({ sheetId: id, op: "getRangeByIndexes", args: [top, left, rows, cols], result: range });
        return range;
      },
      getRange: function (this: OfficeMockObject, address?: string) {
        // Addresses are not parsed: the adapter uses getRange only to write (column widths) and select.
        const range = rangeMock(this, rec, 0, 0, 0, 0);
        log.push({ sheetId: id, op: "getRange", args: [address], result: range });
        return range;
      },
      activate: function () {
        log.push({ sheetId: id, op: "activate", args: [] });
      },
      delete: function () {
        rec.deleted = true;
        log.push({ sheetId: id, op: "delete", args: [] });
      },
    });
    const rec: SheetRecord = { id, mock: ws, grid, deleted: false, tables: [] };
    const tables = ws.tables as OfficeMockObject;
    shimCollection(tables, () => rec.tables);
    setScalar(tables, "add", (address: string, hasHeaders: boolean) => {
      const table = adopt(tables, "table", { name: `Tabell${rec.tables.length + 1}`, style: "TableStyleMedium2" });
      rec.tables.push(table);
      log.push({ sheetId: id, op: "tables.add", args: [address, hasHeaders], result: table });
      return table;
    });
    setScalar(tables, "getItem", (name: string) => {
      const t = rec.tables.find((x) => current(x.name, "").toLowerCase() === name.toLowerCase());
      if (!t) throw new OfficeErrorLike("ItemNotFound");
      return t;
    });
    sheets.push(rec);
    return rec;
  }

  grids.forEach(addSheet);

  shimCollection(worksheets, () => live().map((s) => s.mock));
  const nameOf = (rec: SheetRecord) => current(rec.mock.name, rec.grid.name);
  const find = (key: string) => live().find((s) => s.id === key || nameOf(s).toLowerCase() === key.toLowerCase());
  setScalar(worksheets, "getItem", (key: string) => {
    const rec = find(key);
    // Office.js fails at the next sync; failing at once rejects the same Excel.run.
    if (!rec) throw new OfficeErrorLike("ItemNotFound");
    return rec.mock;
  });
  setScalar(worksheets, "getItemOrNullObject", (key: string) => {
    const rec = find(key);
    if (rec) {
      rec.mock.isNullObject = false;
      return rec.mock;
    }
    const none = adopt(worksheets, "none", {});
    none.isNullObject = true;
    return none;
  });
  setScalar(worksheets, "add", (name: string) => {
    if (find(name)) throw new OfficeErrorLike("InvalidArgument", `A sheet named ${name} exists`);
    const rec = addSheet({ name, cells: [], hiddenRows: [], merges: [] });
    log.push({ sheetId: rec.id, op: "worksheets.add", args: [name], result: rec.mock });
    return rec.mock;
  });

  shimCollection(workbook.tables as OfficeMockObject, () => live().flatMap((s) => s.tables));

  const settingsMock = workbook.settings as OfficeMockObject;
  setScalar(settingsMock, "getItemOrNullObject", (key: string) => {
    const item = adopt(settingsMock, "setting", { key });
    setScalar(item, "value", settings.has(key) ? structuredClone(settings.get(key)) : null);
    item.isNullObject = !settings.has(key);
    setScalar(item, "delete", () => {
      settings.delete(key);
      log.push({ sheetId: "", op: "settings.delete", args: [key] });
    });
    return item;
  });
  setScalar(settingsMock, "add", (key: string, value: unknown) => {
    settings.set(key, structuredClone(value));
    log.push({ sheetId: "", op: "settings.add", args: [key, value] });
  });

  const office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => name === "ExcelApi" && versionAtLeast(apiVersion, version ?? "1.1"),
      },
    },
  });

  const port = new OfficeWorkbookPort(officeEnv(excel as never, office as never));

  /** Sheet names in order as the workbook has them now (a name the code wrote counts, loaded or not). */
  const sheetNames = () => live().map(nameOf);

  return { excel, office, context, workbook, port, log, settings, sheets, live, record, sheetNames };
}

export type ExcelMock = ReturnType<typeof createExcelMock>;

/**
 * Syncs go through until the `at`-th (1-based); it and the next `times - 1`
 * reject with an Office error. The mock applies calls when they are made, not
 * at the sync, so a failed sync here means "Excel refused this request"
 * after the adapter's JavaScript ran: the adapter must clean up itself.
 */
export function failSyncAt(context: OfficeMockObject, at: number, code: string, times = 1) {
  const real = OfficeMockObject.prototype.sync.bind(context);
  let n = 0;
  return jest.spyOn(context, "sync").mockImplementation(() => {
    n++;
    return n >= at && n < at + times ? Promise.reject(new OfficeErrorLike(code)) : real();
  });
}
