/**
 * An in-memory Excel object model for adapter tests and the browser demo.
 *
 * It keeps Office.js's batching contract, which is what the adapter must get
 * right: methods and property writes are queued and run in order at
 * `context.sync()`; a property reads only after `load()` + `sync()` (else it
 * throws PropertyNotLoaded); `*OrNullObject` proxies report `isNullObject`
 * after a sync; a failing operation rejects the sync and leaves the earlier
 * operations of the batch applied, as Excel does. APIs newer than the chosen
 * ExcelApi version fail with ApiNotFound.
 *
 * Pure TypeScript (no jest, no Node APIs) so the browser test can bundle it.
 */
import type { CellValue, Grid, MergedRange } from "../../src/domain/grid";
import { columnIndex, columnLetters, rangeA1, sheetRef } from "../../src/domain/a1";

type Scalar = string | number | boolean | null;
type Box = { top: number; left: number; bottom: number; right: number };

export interface FakeCellState {
  value: Scalar;
  /** Set when the value is an Excel error such as "#REF!". */
  error?: boolean;
  /** Without the leading "=". */
  formula?: string;
  numberFormat: string;
  /** Flat format properties as the adapter set them, e.g. "font.bold" → true. */
  format: Record<string, Scalar>;
  fill?: string;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface FakeConditionalFormat {
  id: string;
  type: string;
  box: Box;
  /** Every area when the format applies to several (added through RangeAreas); `box` is then the first. */
  areas?: Box[];
  custom?: { formula?: string; format: Record<string, Scalar> };
  iconSet?: { style?: string; showIconOnly?: boolean; criteria?: unknown };
}

export interface FakeTableState {
  id: string;
  name: string;
  sheetId: string;
  box: Box;
  style: string;
}

export interface FakeSheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<number, FakeCellState>;
  hiddenRows: Set<number>;
  merges: MergedRange[];
  protected: boolean;
  conditionalFormats: FakeConditionalFormat[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
}

export interface FakeExcelState {
  name: string;
  sheets: FakeSheetState[];
  tables: FakeTableState[];
  settings: Map<string, unknown>;
  /** Every `context.sync()` of every `Excel.run`. */
  syncCount: number;
  /** The highest ExcelApi minor version the fake host supports (7 = ExcelApi 1.7). */
  apiMinor: number;
  structureProtected: boolean;
  activeSheetId: string;
  selection?: { sheet: string; address: string };
  /** The next sync rejects with this code before running anything (e.g. cell edit mode). */
  failNextSync?: string;
  /** Cells one sync may read (values/formulas/… each count); more → RequestPayloadSizeLimitExceeded. */
  maxCellsPerSync: number;
  /** Cells read by each sync, for chunking tests. */
  cellsReadPerSync: number[];
  /** Method names called, in order, e.g. "tables.add", "conditionalFormats.add". */
  calls: string[];
  /**
   * Estimated request size of each sync in bytes (see REQUEST_BYTES_PER_ACTION):
   * what Office.js would send, so writers can be held to Excel on the web's 5 MB.
   */
  requestBytesPerSync: number[];
  /** A sync whose estimated request passes this fails whole with RequestPayloadSizeLimitExceeded. */
  maxRequestBytes: number;
}

/**
 * Office.js sends each queued call as JSON: an action (~85 bytes, e.g.
 * `{"Id":12,"ActionType":4,"Name":"Bold","ObjectPathId":11,"ArgumentInfo":{"Arguments":[true]}}`)
 * plus the object paths it navigates (~70-115 bytes each, shared when a proxy
 * is reused). 150 bytes per queued operation plus the JSON of its argument is
 * the fake's estimate.
 */
export const REQUEST_BYTES_PER_ACTION = 150;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const KEY_COLS = 16384;
const key = (r: number, c: number) => r * KEY_COLS + c;
const intersects = (a: Box, b: Box) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const boxA1 = (b: Box) => rangeA1(b.top, b.left, b.bottom, b.right);
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** Parses "B2", "B2:C4", "B:B", "2:3" (no sheet) into a box. */
function parseBox(address: string): Box {
  const a = address.replace(/\$/g, "").trim();
  const cell = /^([A-Za-z]{1,3})(\d+)$/;
  const parts = a.split(":");
  const one = (p: string): { r?: number; c?: number } => {
    const m = cell.exec(p);
    if (m) return { r: Number(m[2]) - 1, c: columnIndex(m[1]) };
    if (/^[A-Za-z]{1,3}$/.test(p)) return { c: columnIndex(p) };
    if (/^\d+$/.test(p)) return { r: Number(p) - 1 };
    throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${address}`);
  };
  const s = one(parts[0]);
  const e = one(parts[1] ?? parts[0]);
  return {
    top: s.r ?? 0,
    left: s.c ?? 0,
    bottom: e.r ?? 1048575,
    right: e.c ?? 16383,
  };
}

/** Strips an optional sheet prefix ("'My sheet'!A1" → "A1"). */
function localAddress(address: string): string {
  const i = address.lastIndexOf("!");
  return i === -1 ? address : address.slice(i + 1);
}

class FakeContext {
  private queue: Array<() => void> = [];
  private cellsRead = 0;
  private requestBytes = 0;
  readonly workbook: FakeWorkbook;
  constructor(readonly state: FakeExcelState) {
    this.workbook = new FakeWorkbook(this);
  }
  /** `payload`: the argument Office.js would serialize into the request (values, formats…). */
  enqueue(op: () => void, payload?: unknown): void {
    this.queue.push(op);
    this.requestBytes += REQUEST_BYTES_PER_ACTION + (payload === undefined ? 0 : JSON.stringify(payload).length);
  }
  get pending(): number {
    return this.queue.length;
  }
  countRead(cells: number): void {
    this.cellsRead += cells;
  }
  requireApi(minor: number, what: string): void {
    if (this.state.apiMinor < minor) {
      throw new FakeOfficeError("ApiNotFound", `The requested API ${what} (ExcelApi 1.${minor}) is not supported.`);
    }
  }
  sync(): Promise<void> {
    this.state.syncCount++;
    const ops = this.queue;
    this.queue = [];
    this.cellsRead = 0;
    const requestBytes = this.requestBytes;
    this.requestBytes = 0;
    this.state.requestBytesPerSync.push(requestBytes);
    if (requestBytes > this.state.maxRequestBytes) {
      this.state.cellsReadPerSync.push(0);
      return Promise.reject(
        new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${requestBytes} bytes).`),
      );
    }
    const fail = this.state.failNextSync;
    if (fail) {
      this.state.failNextSync = undefined;
      this.state.cellsReadPerSync.push(0);
      return Promise.reject(new FakeOfficeError(fail, `Fake failure: ${fail}`));
    }
    try {
      for (const op of ops) op();
    } catch (e) {
      this.state.cellsReadPerSync.push(this.cellsRead);
      return Promise.reject(e);
    }
    this.state.cellsReadPerSync.push(this.cellsRead);
    if (this.cellsRead > this.state.maxCellsPerSync) {
      return Promise.reject(
        new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${this.cellsRead} cells).`),
      );
    }
    return Promise.resolve();
  }
  sheetByKey(nameOrId: string): FakeSheetState | undefined {
    const lower = nameOrId.toLowerCase();
    return this.state.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
  }
  sheetById(id: string): FakeSheetState {
    const s = this.state.sheets.find((x) => x.id === id);
    if (!s) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist (worksheet deleted).");
    return s;
  }
}

/** Common load/sync plumbing: values arrive in `loaded` when a queued load runs. */
abstract class FakeObject {
  protected loaded = new Map<string, unknown>();
  private nullKnown?: boolean;
  constructor(protected readonly ctx: FakeContext) {}
  /** Loads the named properties (comma-separated, "a/b" for a child's property). */
  load(spec?: string | string[]): this {
    const props = (Array.isArray(spec) ? spec : (spec ?? "").split(","))
      .map((p) => p.trim())
      .filter((p) => p !== "");
    this.ctx.enqueue(() => this.loadNow(props));
    return this;
  }
  protected abstract loadNow(props: string[]): void;
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }
  /** For *OrNullObject proxies: decided at the next sync. */
  protected trackNull(isNull: () => boolean): void {
    this.ctx.enqueue(() => {
      this.nullKnown = isNull();
    });
  }
  get isNullObject(): boolean {
    if (this.nullKnown === undefined) return this.get<boolean>("isNullObject");
    return this.nullKnown;
  }
}

// ---------------------------------------------------------------- workbook

class FakeWorkbook extends FakeObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly settings: FakeSettingCollection;
  readonly protection: FakeWorkbookProtection;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, undefined);
    this.settings = new FakeSettingCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
  }
  get name(): string {
    return this.get("name");
  }
  protected loadNow(props: string[]): void {
    for (const p of props) {
      if (p === "name") {
        this.ctx.requireApi(7, "Workbook.name");
        this.loaded.set("name", this.ctx.state.name);
      } else if (p.startsWith("protection/")) this.protection.loadProps([p.slice(11)]);
    }
  }
}

class FakeWorkbookProtection extends FakeObject {
  get protected(): boolean {
    return this.get("protected");
  }
  loadProps(props: string[]): void {
    this.loadNow(props);
  }
  protected loadNow(props: string[]): void {
    this.ctx.requireApi(7, "WorkbookProtection");
    if (props.includes("protected") || props.length === 0) this.loaded.set("protected", this.ctx.state.structureProtected);
  }
}

class FakeWorksheetCollection extends FakeObject {
  get items(): FakeWorksheet[] {
    return this.get("items");
  }
  protected loadNow(props: string[]): void {
    const items = this.ctx.state.sheets.map((s) => {
      const id = s.id;
      return new FakeWorksheet(this.ctx, () => this.ctx.sheetById(id));
    });
    const sub = props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    for (const item of items) item.loadProps(sub.length ? sub : ["name", "id", "visibility", "position"]);
    this.loaded.set("items", items);
  }
  getItem(nameOrId: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.sheetByKey(nameOrId);
      if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet '${nameOrId}'.`);
      return s;
    });
  }
  getItemOrNullObject(nameOrId: string): FakeWorksheet {
    let found: FakeSheetState | undefined;
    const ws = new FakeWorksheet(this.ctx, () => {
      if (!found) throw new FakeOfficeError("InvalidOperation", "The operation is invalid on a null object.");
      return found;
    });
    this.ctx.enqueue(() => {
      found = this.ctx.sheetByKey(nameOrId);
    });
    ws.markNullable(() => found === undefined);
    return ws;
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.sheetById(this.ctx.state.activeSheetId));
  }
  add(name?: string): FakeWorksheet {
    this.ctx.state.calls.push("worksheets.add");
    let created: FakeSheetState | undefined;
    this.ctx.enqueue(() => {
      const st = this.ctx.state;
      if (st.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
      let n = name;
      for (let i = st.sheets.length + 1; !n; i++) if (!this.ctx.sheetByKey(`Sheet${i}`)) n = `Sheet${i}`;
      if (this.ctx.sheetByKey(n)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${n}' already exists.`);
      created = newSheet(n, nextId(st));
      st.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "The added worksheet does not exist.");
      return created;
    });
  }
}

function nextId(st: FakeExcelState): string {
  let n = st.sheets.length + 1;
  while (st.sheets.some((s) => s.id === `{00000000-0001-0000-${String(n).padStart(4, "0")}-000000000000}`)) n++;
  return `{00000000-0001-0000-${String(n).padStart(4, "0")}-000000000000}`;
}

function newSheet(name: string, id: string): FakeSheetState {
  return {
    id,
    name,
    visibility: "Visible",
    cells: new Map(),
    hiddenRows: new Set(),
    merges: [],
    protected: false,
    conditionalFormats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
  };
}

class FakeWorksheet extends FakeObject {
  readonly protection: FakeSheetProtection;
  readonly tables: FakeTableCollection;
  private nullable?: () => boolean;
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheetState,
  ) {
    super(ctx);
    this.protection = new FakeSheetProtection(ctx, resolve);
    this.tables = new FakeTableCollection(ctx, resolve);
  }
  markNullable(isNull: () => boolean): void {
    this.nullable = isNull;
    this.trackNull(isNull);
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.ctx.enqueue(() => {
      const s = this.resolve();
      const other = this.ctx.sheetByKey(v);
      if (other && other !== s) throw new FakeOfficeError("InvalidArgument", `A sheet named '${v}' already exists.`);
      s.name = v;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  get position(): number {
    return this.get("position");
  }
  loadProps(props: string[]): void {
    this.loadNow(props);
  }
  protected loadNow(props: string[]): void {
    if (this.nullable?.()) {
      for (const p of props) this.loaded.set(p, null);
      return;
    }
    const s = this.resolve();
    for (const p of props) {
      if (p === "name") this.loaded.set("name", s.name);
      else if (p === "id") this.loaded.set("id", s.id);
      else if (p === "visibility") this.loaded.set("visibility", s.visibility);
      else if (p === "position") this.loaded.set("position", this.ctx.state.sheets.indexOf(s));
      else if (p.startsWith("protection/")) this.protection.loadProps([p.slice(11)]);
      else throw new FakeOfficeError("InvalidArgument", `Unknown worksheet property '${p}'.`);
    }
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.resolve();
      return { sheet: s, box: address ? parseBox(localAddress(address)) : { top: 0, left: 0, bottom: 1048575, right: 16383 } };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      this.ctx.requireApi(7, "getRangeByIndexes");
      if (rows < 1 || cols < 1) throw new FakeOfficeError("InvalidArgument", "Row and column counts must be positive.");
      return { sheet: this.resolve(), box: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 } };
    });
  }
  getRanges(addresses: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      this.ctx.requireApi(9, "Worksheet.getRanges");
      const s = this.resolve();
      return { sheet: s, boxes: addresses.split(",").map((a) => parseBox(localAddress(a))) };
    });
  }
  private usedBox(valuesOnly: boolean): Box | undefined {
    const s = this.resolve();
    let box: Box | undefined;
    for (const [k, c] of s.cells) {
      const blank = c.formula === undefined && (c.value === null || c.value === "");
      if (blank && (valuesOnly || (Object.keys(c.format).length === 0 && c.numberFormat === "General"))) continue;
      const r = Math.floor(k / KEY_COLS);
      const col = k % KEY_COLS;
      box = box
        ? { top: Math.min(box.top, r), left: Math.min(box.left, col), bottom: Math.max(box.bottom, r), right: Math.max(box.right, col) }
        : { top: r, left: col, bottom: r, right: col };
    }
    return box;
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => ({
      sheet: this.resolve(),
      box: this.usedBox(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    }));
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    let box: Box | undefined;
    const range = new FakeRange(this.ctx, () => {
      if (!box) throw new FakeOfficeError("InvalidOperation", "The operation is invalid on a null object.");
      return { sheet: this.resolve(), box };
    });
    this.ctx.enqueue(() => {
      box = this.usedBox(valuesOnly);
    });
    range.markNullable(() => box === undefined);
    return range;
  }
  activate(): void {
    this.ctx.state.calls.push("worksheet.activate");
    this.ctx.enqueue(() => {
      this.ctx.state.activeSheetId = this.resolve().id;
    });
  }
  delete(): void {
    this.ctx.state.calls.push("worksheet.delete");
    this.ctx.enqueue(() => {
      const st = this.ctx.state;
      const s = this.resolve();
      if (st.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
      if (st.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      st.sheets = st.sheets.filter((x) => x !== s);
      st.tables = st.tables.filter((t) => t.sheetId !== s.id);
      if (st.activeSheetId === s.id) st.activeSheetId = st.sheets[0].id;
    });
  }
}

class FakeSheetProtection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => FakeSheetState,
  ) {
    super(ctx);
  }
  get protected(): boolean {
    return this.get("protected");
  }
  loadProps(props: string[]): void {
    this.loadNow(props);
  }
  protected loadNow(props: string[]): void {
    if (props.includes("protected") || props.length === 0) this.loaded.set("protected", this.resolve().protected);
  }
}

// ---------------------------------------------------------------- ranges

type RangeTarget = { sheet: FakeSheetState; box: Box };

function cellsOf(t: RangeTarget, f: (r: number, c: number) => void): void {
  for (let r = t.box.top; r <= t.box.bottom; r++) for (let c = t.box.left; c <= t.box.right; c++) f(r, c);
}

function ensureCell(s: FakeSheetState, r: number, c: number): FakeCellState {
  let cell = s.cells.get(key(r, c));
  if (!cell) {
    cell = { value: null, numberFormat: "General", format: {} };
    s.cells.set(key(r, c), cell);
  }
  return cell;
}

function assertWritable(t: RangeTarget): void {
  if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", `The sheet '${t.sheet.name}' is protected.`);
}

class FakeRange extends FakeObject {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  private nullable?: () => boolean;
  constructor(
    ctx: FakeContext,
    readonly resolve: () => RangeTarget,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, resolve);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, resolve);
  }
  markNullable(isNull: () => boolean): void {
    this.nullable = isNull;
    this.trackNull(isNull);
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): Scalar[][] {
    return this.get("values");
  }
  set values(v: Scalar[][]) {
    this.ctx.enqueue(() => this.write(v, (cell, x) => {
      if (typeof x === "string" && x.startsWith("=")) {
        cell.formula = x.slice(1);
        cell.value = 0;
      } else {
        cell.formula = undefined;
        cell.error = undefined;
        // Excel reads a string as if typed: "2017" becomes a number unless behind the text prefix "'".
        cell.value = typeof x === "string" && x.startsWith("'") ? x.slice(1) : typeof x === "string" && /^[-+]?\d+(\.\d+)?$/.test(x.trim()) ? Number(x) : x;
      }
    }), v);
  }
  get formulas(): Scalar[][] {
    return this.get("formulas");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.ctx.enqueue(() => this.write(v, (cell, x) => {
      cell.numberFormat = String(x);
    }), v);
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get rowHidden(): boolean | null {
    return this.get("rowHidden");
  }
  set hyperlink(h: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.ctx.state.calls.push("range.hyperlink");
    this.ctx.enqueue(() => {
      const t = this.resolve();
      this.ctx.requireApi(7, "Range.hyperlink");
      assertWritable(t);
      cellsOf(t, (r, c) => {
        const cell = ensureCell(t.sheet, r, c);
        cell.hyperlink = { ...h };
        if (h.textToDisplay !== undefined) cell.value = h.textToDisplay;
      });
    }, h);
  }
  private write(v: Scalar[][], set: (cell: FakeCellState, x: Scalar) => void): void {
    const t = this.resolve();
    assertWritable(t);
    const rows = t.box.bottom - t.box.top + 1;
    const cols = t.box.right - t.box.left + 1;
    const single = v.length === 1 && v[0].length === 1;
    if (!single && (v.length !== rows || v.some((row) => row.length !== cols))) {
      throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size of the range (${rows}x${cols}).`);
    }
    cellsOf(t, (r, c) => set(ensureCell(t.sheet, r, c), single ? v[0][0] : v[r - t.box.top][c - t.box.left]));
  }
  protected loadNow(props: string[]): void {
    if (this.nullable?.()) {
      for (const p of props) this.loaded.set(p, null);
      return;
    }
    const t = this.resolve();
    const { sheet, box } = t;
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    const grid = <T>(f: (cell: FakeCellState | undefined) => T): T[][] => {
      this.ctx.countRead(rows * cols);
      const out: T[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: T[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(f(sheet.cells.get(key(r, c))));
        out.push(row);
      }
      return out;
    };
    for (const p of props) {
      switch (p) {
        case "address":
          this.loaded.set(p, sheetRef(sheet.name, boxA1(box)));
          break;
        case "rowIndex":
          this.loaded.set(p, box.top);
          break;
        case "columnIndex":
          this.loaded.set(p, box.left);
          break;
        case "rowCount":
          this.loaded.set(p, rows);
          break;
        case "columnCount":
          this.loaded.set(p, cols);
          break;
        case "values":
          this.loaded.set(p, grid((c) => (c ? c.value ?? "" : "")));
          break;
        case "formulas":
          this.loaded.set(p, grid((c) => (c?.formula !== undefined ? `=${c.formula}` : c ? c.value ?? "" : "")));
          break;
        case "numberFormat":
          this.loaded.set(p, grid((c) => c?.numberFormat ?? "General"));
          break;
        case "valueTypes":
          this.loaded.set(
            p,
            grid((c) => {
              if (!c || c.value === null || c.value === "") return "Empty";
              if (c.error) return "Error";
              return typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String";
            }),
          );
          break;
        case "rowHidden": {
          let hidden = 0;
          for (let r = box.top; r <= box.bottom; r++) if (sheet.hiddenRows.has(r)) hidden++;
          this.loaded.set(p, hidden === 0 ? false : hidden === rows ? true : null);
          break;
        }
        default:
          throw new FakeOfficeError("InvalidArgument", `Unknown range property '${p}'.`);
      }
    }
  }
  getRow(i: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.resolve();
      return { sheet: t.sheet, box: { top: t.box.top + i, left: t.box.left, bottom: t.box.top + i, right: t.box.right } };
    });
  }
  getRowProperties(opts: { rowHidden?: boolean; rowIndex?: boolean }): { value: Array<{ rowIndex?: number; rowHidden?: boolean }> } {
    const result: { value: Array<{ rowIndex?: number; rowHidden?: boolean }> } = {
      get value(): Array<{ rowIndex?: number; rowHidden?: boolean }> {
        throw new FakeOfficeError("PropertyNotLoaded", "ClientResult.value read before sync.");
      },
    };
    this.ctx.enqueue(() => {
      this.ctx.requireApi(9, "Range.getRowProperties");
      const t = this.resolve();
      const out: Array<{ rowIndex?: number; rowHidden?: boolean }> = [];
      for (let r = t.box.top; r <= t.box.bottom; r++) {
        out.push({
          ...(opts.rowIndex ? { rowIndex: r } : {}),
          ...(opts.rowHidden ? { rowHidden: t.sheet.hiddenRows.has(r) } : {}),
        });
      }
      Object.defineProperty(result, "value", { value: out });
    });
    return result;
  }
  getCellProperties(opts: { format?: { fill?: { color?: boolean } } }): { value: Array<Array<{ format?: { fill?: { color?: string } } }>> } {
    type P = { format?: { fill?: { color?: string } } };
    const result: { value: P[][] } = {
      get value(): P[][] {
        throw new FakeOfficeError("PropertyNotLoaded", "ClientResult.value read before sync.");
      },
    };
    this.ctx.enqueue(() => {
      this.ctx.requireApi(9, "Range.getCellProperties");
      const t = this.resolve();
      const out: P[][] = [];
      this.ctx.countRead((t.box.bottom - t.box.top + 1) * (t.box.right - t.box.left + 1));
      for (let r = t.box.top; r <= t.box.bottom; r++) {
        const row: P[] = [];
        for (let c = t.box.left; c <= t.box.right; c++) {
          const fill = t.sheet.cells.get(key(r, c))?.fill;
          row.push(opts.format?.fill?.color ? { format: { fill: { color: fill ? `#${fill}` : "#FFFFFF" } } } : {});
        }
        out.push(row);
      }
      Object.defineProperty(result, "value", { value: out });
    });
    return result;
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    let boxes: Box[] = [];
    let sheet: FakeSheetState | undefined;
    const areas = new FakeRangeAreas(this.ctx, () => {
      if (!sheet) throw new FakeOfficeError("InvalidOperation", "The operation is invalid on a null object.");
      return { sheet, boxes };
    });
    this.ctx.enqueue(() => {
      this.ctx.requireApi(13, "Range.getMergedAreasOrNullObject");
      const t = this.resolve();
      boxes = t.sheet.merges.filter((m) => intersects(m, t.box)).map((m) => ({ ...m }));
      // Documented limit: the method fails when the range holds more than 512 merged areas.
      if (boxes.length > 512) throw new FakeOfficeError("GeneralException", "There are more than 512 merged areas in the range.");
      sheet = boxes.length ? t.sheet : undefined;
    });
    areas.markNullable(() => sheet === undefined);
    return areas;
  }
  merge(across = false): void {
    this.ctx.state.calls.push("range.merge");
    this.ctx.enqueue(() => {
      const t = this.resolve();
      assertWritable(t);
      if (across) {
        for (let r = t.box.top; r <= t.box.bottom; r++) t.sheet.merges.push({ top: r, left: t.box.left, bottom: r, right: t.box.right });
      } else t.sheet.merges.push({ ...t.box });
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      const t = this.resolve();
      this.ctx.state.selection = { sheet: t.sheet.name, address: boxA1(t.box) };
    });
  }
}

class FakeRangeAreas extends FakeObject {
  private nullable?: () => boolean;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(
    ctx: FakeContext,
    readonly resolve: () => { sheet: FakeSheetState; boxes: Box[] },
  ) {
    super(ctx);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, () => {
      ctx.requireApi(9, "RangeAreas.conditionalFormats");
      const t = resolve();
      return { sheet: t.sheet, box: t.boxes[0], boxes: t.boxes };
    });
  }
  markNullable(isNull: () => boolean): void {
    this.nullable = isNull;
    this.trackNull(isNull);
  }
  get address(): string {
    return this.get("address");
  }
  protected loadNow(props: string[]): void {
    if (this.nullable?.()) {
      for (const p of props) this.loaded.set(p, null);
      return;
    }
    const t = this.resolve();
    for (const p of props) {
      if (p === "address") this.loaded.set(p, t.boxes.map((b) => sheetRef(t.sheet.name, boxA1(b))).join(","));
      else if (p === "areaCount") this.loaded.set(p, t.boxes.length);
      else throw new FakeOfficeError("InvalidArgument", `Unknown RangeAreas property '${p}'.`);
    }
  }
  select(): void {
    this.ctx.enqueue(() => {
      const t = this.resolve();
      this.ctx.state.selection = { sheet: t.sheet.name, address: t.boxes.map(boxA1).join(",") };
    });
  }
}

/** Writes flat format keys ("font.bold") onto every cell of the range at sync. */
class FakeFormatPart {
  constructor(
    protected readonly ctx: FakeContext,
    protected readonly resolve: () => RangeTarget,
    private readonly prefix: string,
  ) {}
  protected setFormat(name: string, v: Scalar): void {
    this.ctx.enqueue(() => {
      const t = this.resolve();
      assertWritable(t);
      cellsOf(t, (r, c) => {
        ensureCell(t.sheet, r, c).format[`${this.prefix}${name}`] = v;
      });
    }, v);
  }
}

class FakeFont extends FakeFormatPart {
  set name(v: string) {
    this.setFormat("name", v);
  }
  set size(v: number) {
    this.setFormat("size", v);
  }
  set bold(v: boolean) {
    this.setFormat("bold", v);
  }
  set italic(v: boolean) {
    this.setFormat("italic", v);
  }
  set color(v: string) {
    this.setFormat("color", v);
  }
  set underline(v: string) {
    this.setFormat("underline", v);
  }
}

class FakeFill extends FakeFormatPart {
  set color(v: string) {
    this.ctx.enqueue(() => {
      const t = this.resolve();
      assertWritable(t);
      cellsOf(t, (r, c) => {
        ensureCell(t.sheet, r, c).fill = v.replace(/^#/, "").toUpperCase();
      });
    }, v);
  }
}

class FakeBorder extends FakeFormatPart {
  set style(v: string) {
    this.setFormat("style", v);
  }
  set weight(v: string) {
    this.setFormat("weight", v);
  }
  set color(v: string) {
    this.setFormat("color", v);
  }
}

class FakeRangeFormat extends FakeFormatPart {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly borders: { getItem(edge: string): FakeBorder };
  constructor(ctx: FakeContext, resolve: () => RangeTarget) {
    super(ctx, resolve, "");
    this.font = new FakeFont(ctx, resolve, "font.");
    this.fill = new FakeFill(ctx, resolve, "fill.");
    this.borders = { getItem: (edge: string) => new FakeBorder(ctx, resolve, `border.${edge}.`) };
  }
  set horizontalAlignment(v: string) {
    this.setFormat("horizontalAlignment", v);
  }
  set wrapText(v: boolean) {
    this.setFormat("wrapText", v);
  }
  set columnWidth(v: number) {
    this.ctx.enqueue(() => {
      const t = this.resolve();
      assertWritable(t);
      for (let c = t.box.left; c <= t.box.right; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.ctx.enqueue(() => {
      const t = this.resolve();
      assertWritable(t);
      for (let r = t.box.top; r <= t.box.bottom; r++) t.sheet.rowHeights.set(r, v);
    });
  }
}

// ---------------------------------------------------------------- conditional formats

const cfAreas = (cf: FakeConditionalFormat): Box[] => cf.areas ?? [cf.box];

class FakeConditionalFormatCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => RangeTarget & { boxes?: Box[] },
  ) {
    super(ctx);
  }
  get items(): FakeConditionalFormat_[] {
    return this.get("items");
  }
  private matching(): FakeConditionalFormat[] {
    const t = this.resolve();
    const boxes = t.boxes ?? [t.box];
    return t.sheet.conditionalFormats.filter((cf) => cfAreas(cf).some((a) => boxes.some((b) => intersects(a, b))));
  }
  protected loadNow(props: string[]): void {
    const t = this.resolve();
    const items = this.matching().map((cf) => {
      const proxy = new FakeConditionalFormat_(this.ctx, () => {
        const found = t.sheet.conditionalFormats.find((x) => x.id === cf.id);
        if (!found) throw new FakeOfficeError("ItemNotFound", "The conditional format no longer exists.");
        return { sheet: t.sheet, cf: found };
      });
      proxy.loadProps(props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6)));
      return proxy;
    });
    this.loaded.set("items", items);
    if (props.includes("count")) this.loaded.set("count", items.length);
  }
  get count(): number {
    return this.get("count");
  }
  getItemAt(index: number): FakeConditionalFormat_ {
    let target: { sheet: FakeSheetState; cf: FakeConditionalFormat } | undefined;
    this.ctx.enqueue(() => {
      const cf = this.matching()[index];
      if (!cf) throw new FakeOfficeError("ItemNotFound", `No conditional format at index ${index}.`);
      target = { sheet: this.resolve().sheet, cf };
    });
    return new FakeConditionalFormat_(this.ctx, () => {
      if (!target) throw new FakeOfficeError("ItemNotFound", "Conditional format not resolved.");
      return target;
    });
  }
  add(type: string): FakeConditionalFormat_ {
    this.ctx.state.calls.push("conditionalFormats.add");
    let created: { sheet: FakeSheetState; cf: FakeConditionalFormat } | undefined;
    this.ctx.enqueue(() => {
      const t = this.resolve();
      assertWritable(t);
      const id = `cf${++cfCounter}`;
      const cf: FakeConditionalFormat = { id, type, box: { ...t.box } };
      if (t.boxes && t.boxes.length > 1) cf.areas = t.boxes.map((b) => ({ ...b }));
      if (type === "Custom") cf.custom = { format: {} };
      if (type === "IconSet") cf.iconSet = {};
      t.sheet.conditionalFormats.push(cf);
      created = { sheet: t.sheet, cf };
    });
    return new FakeConditionalFormat_(this.ctx, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "Conditional format not created.");
      return created;
    });
  }
}

let cfCounter = 0;

type CfTarget = { sheet: FakeSheetState; cf: FakeConditionalFormat };

/** The fake's ConditionalFormat (named with _ to keep the state type's name free). */
class FakeConditionalFormat_ extends FakeObject {
  readonly custom: {
    rule: { formula: string; load(p?: string): unknown };
    format: { fill: { color: string }; font: { color: string; bold: boolean }; borders: { getItem(edge: string): { style: string; color: string } } };
  };
  readonly iconSet: { style: string; showIconOnly: boolean; reverseIconOrder: boolean; criteria: unknown };
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => CfTarget,
  ) {
    super(ctx);
    const set = (f: (t: CfTarget) => void) =>
      ctx.enqueue(() => {
        const t = resolve();
        if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", `The sheet '${t.sheet.name}' is protected.`);
        f(t);
      });
    const customOf = (t: CfTarget) => {
      if (!t.cf.custom) throw new FakeOfficeError("InvalidArgument", "Not a custom conditional format.");
      return t.cf.custom;
    };
    const iconOf = (t: CfTarget) => {
      if (!t.cf.iconSet) throw new FakeOfficeError("InvalidArgument", "Not an icon set conditional format.");
      return t.cf.iconSet;
    };
    const fmt = (k: string, v: Scalar) => set((t) => void (customOf(t).format[k] = v));
    let ruleFormula: string | undefined;
    let ruleLoaded = false;
    this.custom = {
      rule: {
        get formula(): string {
          if (!ruleLoaded) throw new FakeOfficeError("PropertyNotLoaded", "The property 'formula' is not available.");
          return ruleFormula ?? "";
        },
        set formula(v: string) {
          set((t) => void (customOf(t).formula = v));
        },
        load: () => {
          ctx.enqueue(() => {
            ruleFormula = customOf(resolve()).formula;
            ruleLoaded = true;
          });
          return undefined;
        },
      },
      format: {
        fill: {
          set color(v: string) {
            fmt("fill.color", v);
          },
          get color(): string {
            throw new FakeOfficeError("PropertyNotLoaded", "not loaded");
          },
        },
        font: {
          set color(v: string) {
            fmt("font.color", v);
          },
          get color(): string {
            throw new FakeOfficeError("PropertyNotLoaded", "not loaded");
          },
          set bold(v: boolean) {
            fmt("font.bold", v);
          },
          get bold(): boolean {
            throw new FakeOfficeError("PropertyNotLoaded", "not loaded");
          },
        },
        borders: {
          getItem: (edge: string) => ({
            set style(v: string) {
              fmt(`border.${edge}.style`, v);
            },
            get style(): string {
              throw new FakeOfficeError("PropertyNotLoaded", "not loaded");
            },
            set color(v: string) {
              fmt(`border.${edge}.color`, v);
            },
            get color(): string {
              throw new FakeOfficeError("PropertyNotLoaded", "not loaded");
            },
          }),
        },
      },
    };
    this.iconSet = {
      set style(v: string) {
        set((t) => void (iconOf(t).style = v));
      },
      get style(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "not loaded");
      },
      set showIconOnly(v: boolean) {
        set((t) => void (iconOf(t).showIconOnly = v));
      },
      get showIconOnly(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "not loaded");
      },
      set reverseIconOrder(_v: boolean) {
        set(() => undefined);
      },
      get reverseIconOrder(): boolean {
        return false;
      },
      set criteria(v: unknown) {
        set((t) => void (iconOf(t).criteria = clone(v)));
      },
      get criteria(): unknown {
        throw new FakeOfficeError("PropertyNotLoaded", "not loaded");
      },
    };
  }
  get type(): string {
    return this.get("type");
  }
  loadProps(props: string[]): void {
    this.loadNow(props);
  }
  protected loadNow(props: string[]): void {
    const t = this.resolve();
    for (const p of props) {
      if (p === "type") this.loaded.set("type", t.cf.type);
      else if (p === "id") this.loaded.set("id", t.cf.id);
      else throw new FakeOfficeError("InvalidArgument", `Unknown conditional format property '${p}'.`);
    }
  }
  delete(): void {
    this.ctx.state.calls.push("conditionalFormat.delete");
    this.ctx.enqueue(() => {
      const t = this.resolve();
      if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", `The sheet '${t.sheet.name}' is protected.`);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => x.id !== t.cf.id);
    });
  }
}

// ---------------------------------------------------------------- tables and settings

class FakeTableCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: (() => FakeSheetState) | undefined,
  ) {
    super(ctx);
  }
  get items(): FakeTable[] {
    return this.get("items");
  }
  protected loadNow(props: string[]): void {
    const sheetId = this.sheet?.().id;
    const tables = this.ctx.state.tables.filter((t) => sheetId === undefined || t.sheetId === sheetId);
    const items = tables.map((t) => {
      const proxy = new FakeTable(this.ctx, () => this.byId(t.id));
      proxy.loadProps(props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6)));
      return proxy;
    });
    this.loaded.set("items", items);
  }
  private byId(id: string): FakeTableState {
    const t = this.ctx.state.tables.find((x) => x.id === id);
    if (!t) throw new FakeOfficeError("ItemNotFound", "The table no longer exists.");
    return t;
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.ctx, () => {
      const t = this.ctx.state.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new FakeOfficeError("ItemNotFound", `No table named '${name}'.`);
      return t;
    });
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    this.ctx.state.calls.push("tables.add");
    let created: FakeTableState | undefined;
    this.ctx.enqueue(() => {
      const st = this.ctx.state;
      const bang = address.lastIndexOf("!");
      let sheet: FakeSheetState | undefined;
      if (bang !== -1) sheet = this.ctx.sheetByKey(address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"));
      else sheet = this.sheet?.();
      if (!sheet) throw new FakeOfficeError("InvalidArgument", `No sheet for table address '${address}'.`);
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", `The sheet '${sheet.name}' is protected.`);
      const box = parseBox(localAddress(address));
      if (st.tables.some((t) => t.sheetId === sheet.id && intersects(t.box, box))) {
        throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
      }
      let n = 1;
      while (st.tables.some((t) => t.name === `Table${n}`)) n++;
      created = { id: `t${++tableCounter}`, name: `Table${n}`, sheetId: sheet.id, box, style: "TableStyleMedium2" };
      if (!hasHeaders) created.box = { ...box, top: box.top };
      st.tables.push(created);
    });
    return new FakeTable(this.ctx, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "The table was not created.");
      return created;
    });
  }
}

let tableCounter = 0;

class FakeTable extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => FakeTableState,
  ) {
    super(ctx);
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.ctx.enqueue(() => {
      const t = this.resolve();
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(v)) throw new FakeOfficeError("InvalidArgument", `Invalid table name '${v}'.`);
      if (this.ctx.state.tables.some((x) => x !== t && x.name.toLowerCase() === v.toLowerCase())) {
        throw new FakeOfficeError("InvalidArgument", `A table named '${v}' already exists.`);
      }
      t.name = v;
    });
  }
  get style(): string {
    return this.get("style");
  }
  set style(v: string) {
    this.ctx.enqueue(() => {
      this.resolve().style = v;
    });
  }
  loadProps(props: string[]): void {
    this.loadNow(props);
  }
  protected loadNow(props: string[]): void {
    const t = this.resolve();
    for (const p of props) {
      if (p === "name") this.loaded.set("name", t.name);
      else if (p === "style") this.loaded.set("style", t.style);
      else if (p === "id") this.loaded.set("id", t.id);
      else throw new FakeOfficeError("InvalidArgument", `Unknown table property '${p}'.`);
    }
  }
}

class FakeSettingCollection extends FakeObject {
  protected loadNow(): void {
    // Only getItemOrNullObject/add are used.
  }
  add(key: string, value: unknown): FakeSetting {
    this.ctx.enqueue(() => {
      this.ctx.state.settings.set(key, clone(value));
    });
    return new FakeSetting(this.ctx, key, false);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key, true);
  }
}

class FakeSetting extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly key: string,
    nullable: boolean,
  ) {
    super(ctx);
    if (nullable) this.trackNull(() => !ctx.state.settings.has(key));
  }
  get value(): unknown {
    return this.get("value");
  }
  protected loadNow(props: string[]): void {
    if (props.includes("value")) this.loaded.set("value", clone(this.ctx.state.settings.get(this.key) ?? null));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      this.ctx.state.settings.delete(this.key);
    });
  }
}

// ---------------------------------------------------------------- entry point

export interface FakeExcelOptions {
  /** Highest supported ExcelApi version, "1.7" … "1.20". Default "1.13". */
  apiVersion?: string;
  workbookName?: string;
  displayLanguage?: string;
}

/** The pieces of a grid cell a fake cell needs. */
function cellFromGrid(value: CellValue, formula?: string, numberFormat?: string, fill?: string): FakeCellState {
  const isErr = typeof value === "object" && value !== null;
  return {
    value: isErr ? value.error : value,
    error: isErr || undefined,
    formula,
    numberFormat: numberFormat ?? "General",
    format: {},
    fill,
  };
}

export function sheetFromGrid(grid: Grid, id: string): FakeSheetState {
  const s = newSheet(grid.name, id);
  s.visibility = grid.visible === false ? "Hidden" : "Visible";
  grid.cells.forEach((row, r) =>
    row?.forEach((c, col) => {
      if (c) s.cells.set(key(r, col), cellFromGrid(c.value, c.formula, c.numberFormat, c.fill));
    }),
  );
  for (const r of grid.hiddenRows) s.hiddenRows.add(r);
  s.merges = grid.merges.map((m) => ({ ...m }));
  return s;
}

/**
 * Builds the fake: `Excel.run` like Office.js, `Office.context` with
 * requirements, display language and document settings, and the mutable
 * `state` tests inspect (sheets, tables, settings, syncCount, calls).
 */
export function createFakeExcel(grids: readonly Grid[], options: FakeExcelOptions = {}) {
  const minor = Number((options.apiVersion ?? "1.13").split(".")[1]);
  const sheets = grids.map((g, i) => sheetFromGrid(g, `{00000000-0001-0000-${String(i + 1).padStart(4, "0")}-000000000000}`));
  if (sheets.length === 0) sheets.push(newSheet("Blad1", "{00000000-0001-0000-0001-000000000000}"));
  const state: FakeExcelState = {
    name: options.workbookName ?? "Arbetsbok.xlsx",
    sheets,
    tables: [],
    settings: new Map(),
    syncCount: 0,
    apiMinor: minor,
    structureProtected: false,
    activeSheetId: sheets[0].id,
    maxCellsPerSync: Number.POSITIVE_INFINITY,
    cellsReadPerSync: [],
    calls: [],
    requestBytesPerSync: [],
    maxRequestBytes: Number.POSITIVE_INFINITY,
  };
  const Excel = {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const ctx = new FakeContext(state);
      const result = await batch(ctx as unknown as Excel.RequestContext);
      // Office.js flushes what the batch left queued.
      if (ctx.pending > 0) await ctx.sync();
      return result;
    },
  };
  const Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady(cb?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? "sv-SE",
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          if (name !== "ExcelApi") return false;
          const m = Number((version ?? "1.1").split(".")[1] ?? "1");
          return m <= state.apiMinor;
        },
      },
      document: { url: `https://example.invalid/${state.name}` },
    },
  };
  return { Excel, Office, state };
}

/** Cells, merges, hidden rows, CFs, widths and tables of one sheet, as plain data to compare before/after. */
export function snapshotSheet(state: FakeExcelState, name: string): unknown {
  const s = state.sheets.find((x) => x.name === name);
  if (!s) return undefined;
  return {
    id: s.id,
    name: s.name,
    cells: [...s.cells.entries()].sort((a, b) => a[0] - b[0]).map(([k, c]) => [`${columnLetters(k % KEY_COLS)}${Math.floor(k / KEY_COLS) + 1}`, clone(c)]),
    hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
    merges: clone(s.merges),
    conditionalFormats: clone(s.conditionalFormats),
    columnWidths: [...s.columnWidths.entries()],
    rowHeights: [...s.rowHeights.entries()],
    tables: clone(state.tables.filter((t) => t.sheetId === s.id)),
  };
}
