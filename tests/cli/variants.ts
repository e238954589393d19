import { CellInput, Grid, gridFromRows } from "../../src/domain/grid";

/**
 * Workbooks a controller could hand in, built for the CLI tests: the
 * staber table with =SUM() totals (one with a planted range gap and a sign
 * error), a tertial report in mnkr, and a broken one.
 */

const STABER: [string, number, number][] = [
  ["Kommunledning", 168117, 170738],
  ["Planeringsstaben", 34220, 47888],
  ["Digitaliseringsstaben", 11474, 12527],
  ["Näringsliv och tillväxtstaben", 40355, 41894],
  ["Ekonomistaben", 44961, 49846],
  ["HR-staben", 49159, 44224],
  ["Kommunikationsstaben", 43060, 44645],
  ["Administrativa staben", 70768, 70814],
];

const FIRST = 4; // Excel row of the first stab

/** Staber with formula totals. `gapLastRow` makes the totals' SUM stop one row short; `signErrorRow` flips one deviation. */
export function sumFormulaGrid(opts: { gapLastRow?: boolean; signErrorRow?: number } = {}): Grid {
  const rows: CellInput[][] = [["Driftsammandrag, netto tkr"], ["Verksamhet", "Bokslut 2019", "Budget 2019", "Avvikelse"], []];
  const devs: number[] = [];
  STABER.forEach(([name, actual, budget], i) => {
    const r = FIRST + i;
    const dev = (budget - actual) * (opts.signErrorRow === r ? -1 : 1);
    devs.push(dev);
    rows.push([name, actual, budget, { value: dev, formula: opts.signErrorRow === r ? `B${r}-C${r}` : `C${r}-B${r}` }]);
  });
  const last = FIRST + STABER.length - 1 - (opts.gapLastRow ? 1 : 0);
  const n = last - FIRST + 1;
  const sum = (xs: number[]) => xs.slice(0, n).reduce((a, b) => a + b, 0);
  rows.push([
    "Summa staber",
    { value: sum(STABER.map((s) => s[1])), formula: `SUM(B${FIRST}:B${last})` },
    { value: sum(STABER.map((s) => s[2])), formula: `SUM(C${FIRST}:C${last})` },
    { value: sum(devs), formula: `SUM(D${FIRST}:D${last})` },
  ]);
  return gridFromRows("Drift 2019", rows);
}

/** A tertial report in mnkr: Utfall jan–aug, Budget, Helårsprognos, Avvikelse prognos mot budget, sections with Summa rows. */
export function tertialMnkrGrid(opts: { wrongSum?: boolean } = {}): Grid {
  const sections: [string, [string, number, number, number][]][] = [
    [
      "Kommunledning",
      [
        ["Kommunledningsstaben", 110.4, 170.7, 168.1],
        ["Planeringsstaben", 22.9, 47.9, 34.2],
        ["Ekonomistaben", 29.8, 49.8, 45.0],
      ],
    ],
    [
      "Verksamhetsstöd",
      [
        ["LK-data", 41.2, 62.0, 61.5],
        ["Kontaktcenter", 18.3, 27.4, 28.6],
      ],
    ],
  ];
  const rows: CellInput[][] = [["Tertialrapport 2, 2020"], ["Belopp mnkr"], ["Verksamhet", "Utfall jan–aug", "Budget", "Helårsprognos", "Avvikelse prognos mot budget"]];
  const round1 = (x: number) => Math.round(x * 10) / 10;
  const sumRowCells: { row: number }[] = [];
  const totals = [0, 0, 0, 0];
  for (const [name, items] of sections) {
    rows.push([name]);
    const acc = [0, 0, 0, 0];
    for (const [label, actual, budget, forecast] of items) {
      const vals = [actual, budget, forecast, round1(budget - forecast)];
      vals.forEach((v, i) => (acc[i] = round1(acc[i] + v)));
      rows.push([label, ...vals]);
    }
    sumRowCells.push({ row: rows.length });
    acc.forEach((v, i) => (totals[i] = round1(totals[i] + v)));
    rows.push([`Summa ${name.toLowerCase()}`, ...acc]);
  }
  // The planted error: the grand total's forecast 2,0 mnkr off.
  rows.push(["Totalt nämnden", totals[0], totals[1], round1(totals[2] + (opts.wrongSum ? 2 : 0)), totals[3]]);
  return gridFromRows("T2 drift", rows);
}

/** Merged two-row headers, numbers typed as text, a #REF!, plus an empty sheet and a sheet of notes. */
export function brokenGrids(): Grid[] {
  const rows: CellInput[][] = [
    ["Driftsammandrag, netto tkr"],
    ["Verksamhet", "Bokslut", null, "Avvikelse"],
    [null, 2019, "Budget 2019", null],
    ["Kommunledning", "168 117", "170\u00a0738", "2 621"],
    ["Planeringsstaben", 34220, 47888, { error: "#REF!" }],
    ["HR-staben", 49159, 44224, "\u2212 4 935"],
    ["Summa", 251496, 262850, 11354],
  ];
  const drift = gridFromRows("Drift", rows, { merges: [{ top: 1, left: 1, bottom: 1, right: 2 }, { top: 1, left: 3, bottom: 2, right: 3 }] });
  return [drift, gridFromRows("Tomt blad", []), gridFromRows("Noteringar", [["Frågor till controllern"], ["Varför ökar HR?"]])];
}
