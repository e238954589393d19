/**
 * Goal names are typed twice (in the indicator table and in the goals list)
 * and drift apart: case, spacing, line breaks, "Kostnadseffektiv" vs
 * "Kostnadseffektivt". Matching is exact on a normalised form first, then
 * by edit distance for what is left.
 */

export function normalizeGoalName(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[()"”“'’.,:;!?]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** Largest distance still taken as the same goal: a few letters, about one in ten. */
function tolerance(a: string, b: string): number {
  return Math.max(1, Math.floor(Math.min(a.length, b.length) / 10));
}

/**
 * Pairs each stated name with at most one goal name. Returns, per stated
 * index, the index of the goal it matches, or -1.
 */
export function matchGoalNames(stated: readonly string[], goals: readonly string[]): number[] {
  const sN = stated.map(normalizeGoalName);
  const gN = goals.map(normalizeGoalName);
  const out = stated.map(() => -1);
  const taken = new Set<number>();
  sN.forEach((s, i) => {
    const j = gN.findIndex((g, k) => !taken.has(k) && g === s);
    if (j !== -1) {
      out[i] = j;
      taken.add(j);
    }
  });
  // Fuzzy pass: closest pairs first, so two near names cannot steal each other's partner.
  const pairs: { i: number; j: number; d: number }[] = [];
  sN.forEach((s, i) => {
    if (out[i] !== -1) return;
    gN.forEach((g, j) => {
      if (taken.has(j)) return;
      const d = editDistance(s, g);
      if (d <= tolerance(s, g)) pairs.push({ i, j, d });
      else if (s.length >= 12 && g.length >= 12 && (g.startsWith(s + " ") || s.startsWith(g + " ")))
        pairs.push({ i, j, d: Math.abs(s.length - g.length) + 100 });
    });
  });
  pairs.sort((a, b) => a.d - b.d);
  for (const p of pairs) {
    if (out[p.i] !== -1 || taken.has(p.j)) continue;
    out[p.i] = p.j;
    taken.add(p.j);
  }
  return out;
}
