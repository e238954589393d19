import { columnIndex } from "../a1";

/**
 * The cells a simple sum formula adds: SUM(B3:B9), B3+B4+B6, SUM(B3:B5,B7),
 * SUBTOTAL(9,B3:B9). Anything else (minus, other functions, other sheets) is
 * not a plain sum and is left alone: undefined.
 */
export interface SumFormula {
  /** 0-based rows, once per time they are added. */
  rows: number[];
  /** 0-based column of every reference; undefined when they span several. */
  col: number | undefined;
  subtotal: boolean;
}

const TOKEN = /\s*(?:(SUM|SUBTOTAL)\(|(\d+),|\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?|([+,()]))/y;

export function parseSumFormula(formula: string): SumFormula | undefined {
  const f = formula.replace(/^=/, "").toUpperCase().trim();
  if (f === "") return undefined;
  const plain = plainSumRange(f);
  if (plain) return plain;
  const rows: number[] = [];
  const cols = new Set<number>();
  let subtotal = false;
  let expectFunctionNumber = false;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < f.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(f);
    if (!m || m.index !== at) return undefined;
    if (m[1]) {
      if (m[1] === "SUBTOTAL") {
        subtotal = true;
        expectFunctionNumber = true;
      }
      continue;
    }
    if (m[2] !== undefined) {
      // SUBTOTAL(9, …) and SUBTOTAL(109, …) add; other function numbers do not.
      if (!expectFunctionNumber || (m[2] !== "9" && m[2] !== "109")) return undefined;
      expectFunctionNumber = false;
      continue;
    }
    if (m[3]) {
      const c1 = columnIndex(m[3]);
      const r1 = Number(m[4]) - 1;
      const c2 = m[5] ? columnIndex(m[5]) : c1;
      const r2 = m[6] ? Number(m[6]) - 1 : r1;
      if (c1 !== c2) return undefined;
      cols.add(c1);
      for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) rows.push(r);
      continue;
    }
    if (expectFunctionNumber) return undefined;
  }
  if (rows.length === 0) return undefined;
  return { rows, col: cols.size === 1 ? [...cols][0] : undefined, subtotal };
}

/**
 * The everyday form, SUM(B3:B25), read by hand: a sheet has thousands of them,
 * and the token regex costs far more per formula. Returns undefined for any
 * other form, which the tokenizer then reads, so the result is the tokenizer's.
 */
function plainSumRange(f: string): SumFormula | undefined {
  if (!f.startsWith("SUM(") || f.charCodeAt(f.length - 1) !== 41) return undefined;
  let i = skipSpaces(f, 4);
  const a = readRef(f, i);
  if (!a || f.charCodeAt(a.end) !== 58) return undefined;
  const b = readRef(f, a.end + 1);
  if (!b) return undefined;
  i = skipSpaces(f, b.end);
  if (i !== f.length - 1) return undefined;
  if (a.col !== b.col) return undefined;
  const top = Math.min(a.row, b.row);
  const rows = new Array<number>(Math.max(a.row, b.row) - top + 1);
  for (let k = 0; k < rows.length; k++) rows[k] = top + k;
  return { rows, col: a.col, subtotal: false };
}

/** The token regex's `\s*`: the whitespace a formula can hold. */
function skipSpaces(f: string, i: number): number {
  while (i < f.length && isSpace(f.charCodeAt(i))) i++;
  return i;
}

/** The characters of JavaScript's `\s`. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `$B$12` at `i`: one to three letters and digits, each optionally after `$`; 0-based row and column. */
function readRef(f: string, i: number): { col: number; row: number; end: number } | undefined {
  if (f.charCodeAt(i) === 36) i++;
  const letters = i;
  while (i < f.length && i - letters < 3 && f.charCodeAt(i) >= 65 && f.charCodeAt(i) <= 90) i++;
  if (i === letters) return undefined;
  const col = columnIndex(f.slice(letters, i));
  if (f.charCodeAt(i) === 36) i++;
  const digits = i;
  while (i < f.length && f.charCodeAt(i) >= 48 && f.charCodeAt(i) <= 57) i++;
  if (i === digits) return undefined;
  return { col, row: Number(f.slice(digits, i)) - 1, end: i };
}
