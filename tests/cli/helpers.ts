import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { Grid } from "../../src/domain/grid";
import { main } from "../../src/node/cli";
import { JsonOutput } from "../../src/node/format-json";
import { WriteOptions, writeGridsFile } from "../../src/node/write-grids";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, capturing what it prints. */
export async function run(...argv: string[]): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

export async function runJson(...argv: string[]): Promise<RunResult & { json: JsonOutput }> {
  const r = await run("validate", "--json", ...argv);
  return { ...r, json: JSON.parse(r.stdout) as JsonOutput };
}

export async function makeTempDir(prefix = "rk-cli-"): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}

/** Writes grids as an .xlsx into `dir` and returns its path. */
export async function writeWorkbook(dir: string, name: string, grids: readonly Grid[], options?: WriteOptions): Promise<string> {
  const file = path.join(dir, name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeGridsFile(grids, file, options);
  return file;
}

/** The successfully read file entry for `file` in --json output. */
export function fileEntry(json: JsonOutput, file: string) {
  const f = json.files.find((x) => x.file === file);
  if (!f) throw new Error(`${file} saknas i utskriften`);
  if ("error" in f) throw new Error(`${file} kunde inte läsas: ${f.error}`);
  return f;
}
