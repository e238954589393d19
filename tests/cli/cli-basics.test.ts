import { promises as fs } from "fs";
import * as path from "path";
import { gridFromRows } from "../../src/domain/grid";
import { fileEntry, makeTempDir, removeDir, run, runJson, writeWorkbook } from "./helpers";

/**
 * The CLI's contract independent of what the readers recognise: arguments,
 * files and folders, unreadable files, config, exit codes, the --json shape.
 */

const notes = gridFromRows("Anteckningar", [["Att göra före nämnden"], ["Stäm av mot Raindance"]]);
const empty = gridFromRows("Tomt", []);

let dir: string;
let plain: string;
beforeAll(async () => {
  dir = await makeTempDir();
  plain = await writeWorkbook(dir, "anteckningar.xlsx", [notes, empty]);
});
afterAll(() => removeDir(dir));

describe("usage", () => {
  it("--help prints the usage in Swedish, exit 0", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Användning:\s+rapportkoll validate/);
  });
  it("--help --lang en prints English", async () => {
    expect((await run("--help", "--lang", "en")).stdout).toMatch(/Usage:/);
  });
  it("--version prints the package version", async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(__dirname, "../../package.json"), "utf8")) as { version: string };
    expect((await run("--version")).stdout.trim()).toBe(`rapportkoll ${pkg.version}`);
  });
  const wrong: [string, string[], RegExp][] = [
    ["unknown command", ["check", "a.xlsx"], /Okänt kommando ”check”/],
    ["unknown option", ["validate", "--jsn", "a.xlsx"], /Okänd flagga --jsn/],
    ["no files", ["validate", "--json"], /Ange minst en/],
    ["bad --lang", ["validate", "--lang", "de", "a.xlsx"], /--lang ska vara sv eller en/],
    ["--config without value", ["validate", "a.xlsx", "--config"], /--config behöver ett värde/],
  ];
  it.each(wrong)("%s → exit 2 with a Swedish message", async (_n, argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });
  it("--out needs exactly one workbook", async () => {
    const r = await run("validate", "--out", path.join(dir, "r.xlsx"), plain, plain);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/exakt en \.xlsx-fil/);
  });
});

describe("--json shape", () => {
  it("has exactly the documented keys", async () => {
    const r = await runJson(plain);
    expect(Object.keys(r.json)).toEqual(["files"]);
    const f = fileEntry(r.json, plain);
    expect(Object.keys(f)).toEqual(["file", "sheets", "findings", "goals"]);
    expect(f.sheets).toEqual([
      { name: "Anteckningar", kind: "unknown" },
      { name: "Tomt", kind: "unknown" },
    ]);
    // A sheet with text but no table gets one layout-not-recognized; the empty sheet gets nothing.
    expect(f.findings.map((x) => [x.rule, x.sheet, x.cell, x.severity])).toEqual([["layout-not-recognized", "Anteckningar", "A1", "warning"]]);
    expect(Object.keys(f.findings[0])).toEqual(["rule", "severity", "sheet", "cell", "message"]);
    expect(f.findings[0].message).toMatch(/känns inte igen/);
    expect(r.code).toBe(0);
  });
  it("--lang en gives English messages", async () => {
    const r = await runJson("--lang", "en", plain);
    expect(fileEntry(r.json, plain).findings[0].message).toMatch(/is not recognised/);
  });
});

describe("unreadable files", () => {
  const cases: [string, Buffer, RegExp][] = [
    ["a text file named .xlsx", Buffer.from("Verksamhet;Bokslut 2019\nHR-staben;49159\n"), /inte en Excel-arbetsbok/],
    ["a corrupt xlsx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(300, 1)]), /skadad/],
    [
      "a password-protected xlsx",
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64), Buffer.from("EncryptionInfo", "utf16le")]),
      /lösenordsskyddad/,
    ],
  ];
  it.each(cases)("%s → exit 2, Swedish message, the other file still checked", async (_n, bytes, message) => {
    const bad = path.join(dir, "trasig.xlsx");
    await fs.writeFile(bad, bytes);
    const r = await runJson(bad, plain);
    expect(r.code).toBe(2);
    expect(r.json.files[0]).toEqual({ file: bad, error: expect.stringMatching(message) });
    expect(fileEntry(r.json, plain).sheets).toHaveLength(2);
    expect(r.stderr).toMatch(message);
  });
  it("a non-xlsx file in human output, without a stack trace", async () => {
    const csv = path.join(dir, "drift.csv");
    await fs.writeFile(csv, "a;b\n");
    const r = await run("validate", csv, plain);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/drift\.csv\n {2}Kan inte läsas: Filen drift\.csv är inte en Excel-arbetsbok/);
    expect(r.stdout).not.toMatch(/\bat .*\.(js|ts):\d+/);
    expect(r.stdout.trim().split("\n").pop()).toBe("2 filer: 0 fel, 1 varning, 0 noteringar, 1 kunde inte läsas");
  });
  it("a path that does not exist", async () => {
    const r = await runJson(path.join(dir, "saknas.xlsx"));
    expect(r.code).toBe(2);
    expect(r.json.files[0]).toEqual({ file: path.join(dir, "saknas.xlsx"), error: expect.stringMatching(/finns inte/) });
  });
});

describe("folders", () => {
  it("checks every .xlsx inside, recursively, skipping lock files and other files", async () => {
    const folder = path.join(dir, "rapporter");
    const a = await writeWorkbook(folder, "a.xlsx", [notes]);
    const b = await writeWorkbook(folder, "under/b.XLSX", [notes]);
    await fs.writeFile(path.join(folder, "~$a.xlsx"), "låsfil");
    await fs.writeFile(path.join(folder, "läsmig.txt"), "text");
    const r = await runJson(folder);
    expect(r.json.files.map((f) => f.file)).toEqual([a, b]);
    expect(r.code).toBe(0);
  });
  it("a folder without workbooks is exit 2", async () => {
    const folder = path.join(dir, "tom-mapp");
    await fs.mkdir(folder, { recursive: true });
    const r = await runJson(folder);
    expect(r.code).toBe(2);
    expect(r.json.files).toEqual([{ file: folder, error: expect.stringMatching(/innehåller inga \.xlsx-filer/) }]);
  });
});

describe("--config and exit codes", () => {
  async function configFile(name: string, content: string): Promise<string> {
    const file = path.join(dir, name);
    await fs.writeFile(file, content);
    return file;
  }
  it("a valid config changes the severity: an error finding gives exit 1", async () => {
    const cfg = await configFile("strikt.json", JSON.stringify({ rules: { "layout-not-recognized": "error" } }));
    const r = await runJson("--config", cfg, plain);
    expect(fileEntry(r.json, plain).findings.map((f) => f.severity)).toEqual(["error"]);
    expect(r.code).toBe(1);
  });
  it("--exit-zero keeps exit 0 when errors were found", async () => {
    const cfg = await configFile("strikt2.json", JSON.stringify({ rules: { "layout-not-recognized": "error" } }));
    const r = await run("validate", "--exit-zero", `--config=${cfg}`, plain);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 fil: 1 fel, 0 varningar, 0 noteringar/);
  });
  it("a rule turned off disappears", async () => {
    const cfg = await configFile("tyst.json", JSON.stringify({ rules: { "layout-not-recognized": "off" } }));
    const r = await runJson("--config", cfg, plain);
    expect(fileEntry(r.json, plain).findings).toEqual([]);
  });
  const invalid: [string, string, RegExp][] = [
    ["a negative tolerance", JSON.stringify({ rounding: { perRow: -1 } }), /Ogiltig inställning rounding\.perRow/],
    ["an unknown severity", JSON.stringify({ rules: { "sum-mismatch": "fatal" } }), /Ogiltig inställning rules\.sum-mismatch/],
    ["a bad column letter", JSON.stringify({ sheets: { Drift: { labelColumn: "A1" } } }), /Ogiltig inställning sheets\.Drift\.labelColumn/],
    ["not JSON", "{ rounding: ", /är inte giltig JSON/],
  ];
  it.each(invalid)("%s → exit 2 naming the field, no file checked", async (_n, content, message) => {
    const cfg = await configFile("fel.json", content);
    const r = await run("validate", "--config", cfg, plain);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });
  it("a missing config file", async () => {
    const r = await run("validate", "--config", path.join(dir, "finns-ej.json"), plain);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Inställningsfilen .* kan inte läsas/);
  });
});
