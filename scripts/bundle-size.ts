/**
 * The add-in's production bundle: build it into a directory of our choosing
 * (never the shared dist/), and measure it the way the budget is stated:
 * gzip level 9 of each emitted JS file. Used by `npm run bench` and by the
 * browser test, which also checks what went into the bundle.
 */
import { spawnSync } from "child_process";
import { existsSync, readdirSync, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { gzipSync } from "zlib";

/** The task pane's gzip budget (issue 5): React ≈ 68 KB, the rest is Fluent, zod and our code. */
export const TASKPANE_BUDGET_KB = 200;

export function projectRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const pkg = path.join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "rapportkoll") return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json for rapportkoll not found above ${from}`);
    dir = up;
  }
}

export interface BuildOutput {
  outDir: string;
  /** webpack's stats (modules, chunks), written with --json. */
  statsFile: string;
  ms: number;
}

/** `webpack --mode production` into outDir, with the project's (or another) config. */
export function buildProduction(outDir: string, options: { config?: string; root?: string } = {}): BuildOutput {
  const root = options.root ?? projectRoot();
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const statsFile = path.join(outDir, "webpack-stats.json");
  const args = [cli, "--mode", "production", "--output-path", outDir, "--json", statsFile];
  if (options.config) args.push("--config", options.config);
  const t0 = Date.now();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`webpack failed (${run.status}):\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
  return { outDir, statsFile, ms: Date.now() - t0 };
}

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export function gzipSizes(outDir: string): FileSize[] {
  return readdirSync(outDir)
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map((file) => {
      const buf = readFileSync(path.join(outDir, file));
      return { file, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
    });
}

interface StatsModule {
  name?: string;
  chunks?: (string | number)[];
  modules?: StatsModule[];
}
interface Stats {
  chunks?: { id: string | number; names?: string[] }[];
  modules?: StatsModule[];
}

/** npm packages (and source files) webpack put into the named chunk, from the stats file. */
export function modulesInChunk(statsFile: string, chunkName: string): string[] {
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as Stats;
  const ids = new Set((stats.chunks ?? []).filter((c) => c.names?.includes(chunkName)).map((c) => c.id));
  const names: string[] = [];
  const collect = (m: StatsModule) => {
    if (m.name) names.push(m.name);
    for (const inner of m.modules ?? []) collect(inner);
  };
  for (const m of stats.modules ?? []) if ((m.chunks ?? []).some((id) => ids.has(id))) collect(m);
  return names;
}

export function packagesIn(moduleNames: readonly string[]): string[] {
  const out = new Set<string>();
  for (const n of moduleNames) {
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(n);
    if (m) out.add(m[1].replace(/\\/g, "/"));
  }
  return [...out].sort();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One bench section: a fresh production build in a temporary directory. */
export async function bundleSizeSection(): Promise<{ label: string; value: string }[]> {
  const { mkdtempSync, rmSync } = await import("fs");
  const dir = mkdtempSync(path.join(os.tmpdir(), "rapportkoll-bundle-"));
  try {
    const build = buildProduction(dir);
    const sizes = gzipSizes(dir);
    const packages = packagesIn(modulesInChunk(build.statsFile, "taskpane"));
    const lines = sizes.map((s) => ({
      label: `${s.file} (gzip -9)`,
      value: `${kb(s.gzipBytes)} gzip, ${kb(s.bytes)} min${s.file === "taskpane.js" ? ` (budget ${TASKPANE_BUDGET_KB} KB: ${s.gzipBytes / 1024 <= TASKPANE_BUDGET_KB ? "inom / within" : "ÖVER / OVER"})` : ""}`,
    }));
    lines.push({ label: "exceljs i paneln / in the pane", value: packages.includes("exceljs") ? "JA – FEL / YES – WRONG" : "nej / no" });
    lines.push({ label: "byggtid / build time", value: `${(build.ms / 1000).toFixed(1)} s` });
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  bundleSizeSection()
    .then((lines) => {
      const width = Math.max(...lines.map((l) => l.label.length));
      console.log("\nTillägget, produktionsbygge / add-in production bundle");
      for (const l of lines) console.log(`  ${l.label.padEnd(width)}  ${l.value}`);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
