import { execFileSync, spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { gridFromRows } from "../../src/domain/grid";
import { makeTempDir, removeDir, writeWorkbook } from "./helpers";

/** The real launcher on the built dist/, as `npm ci` leaves it. */

const root = path.join(__dirname, "../..");
const bin = path.join(root, "bin/rapportkoll.js");
let dir: string;

beforeAll(async () => {
  // tsc emits even when someone else's work in progress has a type error; the launcher only needs the output.
  try {
    execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.node.json")], { cwd: root, stdio: "pipe" });
  } catch {
    // type errors are reported by `npm run typecheck`
  }
  dir = await makeTempDir("rk-bin-");
}, 120_000);
afterAll(() => removeDir(dir));

it("node bin/rapportkoll.js validate runs the built CLI and sets the exit code", async () => {
  const file = await writeWorkbook(dir, "bok.xlsx", [gridFromRows("Anteckningar", [["Att göra"]])]);
  const bad = path.join(dir, "inte-excel.xlsx");
  await fs.writeFile(bad, "hej");
  const r = spawnSync(process.execPath, [bin, "validate", "--json", bad, file], { encoding: "utf8" });
  expect(r.status).toBe(2);
  const json = JSON.parse(r.stdout) as { files: { file: string; error?: string; sheets?: unknown[] }[] };
  expect(json.files.map((f) => [f.file, f.error ?? f.sheets?.length])).toEqual([
    [bad, "Filen inte-excel.xlsx är inte en Excel-arbetsbok (.xlsx)."],
    [file, 1],
  ]);
});

it("the launcher says how to build when dist/ is missing", async () => {
  const lonely = path.join(dir, "bin", "rapportkoll.js");
  await fs.mkdir(path.dirname(lonely), { recursive: true });
  await fs.copyFile(bin, lonely);
  const r = spawnSync(process.execPath, [lonely, "--version"], { encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/npm run build:node/);
});

it("stops quietly when the reader closes the pipe early (| head)", () => {
  const example = path.join(root, "examples/kommunstyrelsen-2019.xlsx");
  const r = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" validate --details "${example}" | head -n 1`], { encoding: "utf8" });
  expect(r.stdout).toBe("examples/kommunstyrelsen-2019.xlsx\n".replace("examples/", `${root}/examples/`));
  expect(r.stderr).not.toMatch(/EPIPE|Error|internt fel/);
});
