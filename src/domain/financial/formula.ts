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
