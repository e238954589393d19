/**
 * `npm run bench`: figures for the speed targets, printed, never asserted.
 * Target: the checks add at most 20 % on top of ExcelJS reading the file.
 *
 * The output is a list of sections so that other measurements (e.g. the
 * task pane bundle's gzip size) can be added as one more entry in SECTIONS.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../src/domain/engine";
import { CellInput, gridFromRows, Grid } from "../src/domain/grid";
import { workbookToGrids } from "../src/node/read-workbook";
import { writeGridsFile } from "../src/node/write-grids";
import { bundleSizeSection } from "./bundle-size";

interface BenchLine {
  label: string;
  value: string;
}

interface BenchSection {
  title: string;
  run(): Promise<BenchLine[]>;
}

const ROWS = 20_000;
const RUNS = 7;

/** A driftsammandrag of about `rows` rows: sections of units with a Summa row each (SUM formulas), and a grand total. */
export function largeDriftsammandrag(rows: number): Grid {
  const out: CellInput[][] = [["Driftsammandrag, netto tkr"], ["Verksamhet", "Bokslut 2019", "Budget 2019", "Avvikelse"]];
  const perSection = 23;
  const sections = Math.max(1, Math.floor((rows - 3) / (perSection + 2)));
  const sumRows: number[] = [];
  let seed = 12345;
  const rnd = () => {
    // Deterministic, so runs compare.
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  // Title, header and grand total take 3 rows; the last section takes up what is left so the sheet has exactly `rows` rows.
  const leftover = Math.max(0, rows - 3 - sections * (perSection + 2));
  for (let s = 0; s < sections; s++) {
    out.push([`Verksamhetsområde ${s + 1}`]);
    const first = out.length;
    let sa = 0;
    let sb = 0;
    const items = perSection + (s === sections - 1 ? leftover : 0);
    for (let i = 0; i < items; i++) {
      const actual = Math.round(1000 + rnd() * 50_000);
      const budget = Math.round(actual * (0.95 + rnd() * 0.1));
      sa += actual;
      sb += budget;
      const r = out.length + 1;
      // Every other row has its deviation as a formula, like a hand-built sheet.
      const dev = i % 2 === 0 ? { value: budget - actual, formula: `C${r}-B${r}` } : budget - actual;
      out.push([`Enhet ${s + 1}.${i + 1}`, actual, budget, dev]);
    }
    const last = out.length;
    const r = out.length + 1;
    sumRows.push(r);
    out.push([
      `Summa verksamhetsområde ${s + 1}`,
      { value: sa, formula: `SUM(B${first + 1}:B${last})` },
      { value: sb, formula: `SUM(C${first + 1}:C${last})` },
      { value: sb - sa, formula: `SUM(D${first + 1}:D${last})` },
    ]);
  }
  const total = (col: number) => out.filter((_, i) => sumRows.includes(i + 1)).reduce((acc, row) => acc + Number((row[col] as { value: number }).value), 0);
  // A "+"-chain over 800 Summa cells would pass Excel's 8 192-character limit; SUMIF over the labels is what people write.
  out.push([
    "Summa nämnden",
    { value: total(1), formula: `SUMIF(A3:A${out.length},"Summa*",B3:B${out.length})` },
    { value: total(2), formula: `SUMIF(A3:A${out.length},"Summa*",C3:C${out.length})` },
    { value: total(3), formula: `SUMIF(A3:A${out.length},"Summa*",D3:D${out.length})` },
  ]);
  return gridFromRows("Driftsammandrag", out);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timeIt<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

/** ExcelJS read and grid conversion, timed apart; only the grids leave, like readWorkbookFile in the CLI. */
async function readAndConvert(buf: Buffer): Promise<{ read: number; conv: { ms: number; value: Grid[] } }> {
  const read = await timeIt(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    return wb;
  });
  const conv = await timeIt(() => workbookToGrids(read.value));
  return { read: read.ms, conv };
}

async function readAndCheckSection(): Promise<BenchLine[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "rapportkoll-bench-"));
  try {
    const grid = largeDriftsammandrag(ROWS);
    const file = path.join(dir, "driftsammandrag-20000.xlsx");
    const write = await timeIt(() => writeGridsFile([grid], file, { styles: { Driftsammandrag: { defaultNumberFormat: "#,##0" } } }));
    const buf = await fs.readFile(file);

    // One run of each step, timed and shown as the cold figure, then RUNS timed runs for the median: a CLI run
    // over a folder of workbooks is warm after its first file.
    const reads: number[] = [];
    const converts: number[] = [];
    const checks: number[] = [];
    let findings = 0;
    let rowsRead = 0;
    for (let i = 0; i <= RUNS; i++) {
      // As in the CLI (readWorkbookFile), the ExcelJS workbook is out of reach once the grids exist.
      const { read, conv } = await readAndConvert(buf);
      reads.push(read);
      converts.push(conv.ms);
      rowsRead = conv.value[0]?.cells.length ?? 0;
      const chk = await timeIt(() => checkWorkbook(conv.value));
      checks.push(chk.ms);
      findings = chk.value.findings.length;
    }
    const [coldRead, ...warmReads] = reads;
    const [coldConv, ...warmConverts] = converts;
    const [coldChk, ...warmChecks] = checks;
    const read = median(warmReads);
    const conv = median(warmConverts);
    const chk = median(warmChecks);
    const pct = (x: number, of: number) => `${((x / of) * 100).toFixed(1)} %`;
    const coldWarm = (cold: number, warm: number) => `${ms(warm)} (kall/cold ${ms(cold)})`;
    return [
      { label: "rader i bladet / rows", value: `${rowsRead} (${(buf.length / 1024).toFixed(0)} KB xlsx, skriven på ${ms(write.ms)})` },
      { label: "ExcelJS läsning / read (median)", value: coldWarm(coldRead, read) },
      { label: "rutnät / grid conversion (median)", value: coldWarm(coldConv, conv) },
      { label: "kontroller / checks, checkWorkbook (median)", value: `${coldWarm(coldChk, chk)}, ${findings} anmärkningar` },
      { label: "kontrollernas andel / checks on top of read", value: `${pct(chk, read)} (mål ≤ 20 %; kall/cold ${pct(coldChk, coldRead)})` },
      { label: "rutnät + kontroller / grid + checks on top of read", value: `${pct(conv + chk, read)} (kall/cold ${pct(coldConv + coldChk, coldRead)})` },
      { label: "körningar / runs", value: `1 kall + ${RUNS} varma / 1 cold + ${RUNS} warm; kontroller varma / checks warm: ${warmChecks.map((x) => x.toFixed(0)).join(", ")} ms` },
    ];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Add measurements here; each prints as its own block. */
const SECTIONS: BenchSection[] = [
  { title: `Driftsammandrag med ${ROWS} rader`, run: readAndCheckSection },
  { title: "Tillägget, produktionsbygge (gzip -9) / add-in production bundle", run: bundleSizeSection },
];

async function main(): Promise<void> {
  for (const section of SECTIONS) {
    console.log(`\n${section.title}`);
    const lines = await section.run();
    const width = Math.max(...lines.map((l) => l.label.length));
    for (const l of lines) console.log(`  ${l.label.padEnd(width)}  ${l.value}`);
  }
  // maxRSS is in kilobytes on Linux.
  console.log(`\nHögsta minnesanvändning / peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
