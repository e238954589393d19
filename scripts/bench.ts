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
import { Grid } from "../src/domain/grid";
import { largeDriftGrid } from "../src/fixtures/layouts";
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
    const grid = largeDriftGrid(ROWS);
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
