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

describe("--json goals shape", () => {
  // A report-layout indicator sheet, a goals list on another sheet, and the reviewer's rows: an unknown direction and mixed units.
  const indicators = gridFromRows("Indikatorer", [
    ["Målområde", "Nämndmål", "Nämndindikator", "Grupp", "2017", "2018", "2019", "Målvärde"],
    ["Medarbetare", "Framgångsrikt chef- och ledarskap", "Chefsomsättning (%)", "Totalt", 15, 28.6, 8.3, 15],
    ["Medarbetare", "Framgångsrikt chef- och ledarskap", "Chefers sjukfrånvaro", "Totalt", 0.8, 1.2, 1.85, 1.3],
    ["Ekonomi", "Kostnadseffektiv verksamhet", "Kostnad per brukare", "Totalt", 98000, 101000, "104 000 kr", "100 tkr"],
  ]);
  const goalsList = gridFromRows("Måluppfyllelse", [
    ["Nämndmål", "Bedömning"],
    ["Framgångsrikt chef- och ledarskap", "Uppfyllt"],
    ["Kostnadseffektiv verksamhet", "Delvis uppfyllt"],
  ]);
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook(dir, "mal.xlsx", [indicators, goalsList]);
  });

  it("keeps the issue's required fields in their order and adds the documented ones", async () => {
    // No financial table: the report year is the indicator table's latest, 2019.
    const r = await runJson(file);
    const f = fileEntry(r.json, file);
    expect(f.goals.map((g) => Object.keys(g))).toEqual([
      ["goal", "sheet", "cell", "stated", "computed", "indicators", "decisive", "malomrade", "statedCell"],
      ["goal", "sheet", "cell", "stated", "computed", "indicators", "decisive", "malomrade", "statedCell"],
    ]);
    const required = ["name", "group", "year", "value", "target", "direction", "directionGuessed", "status", "cell"];
    const additive = ["trend", "stale", "directionUnknown"];
    for (const g of f.goals) for (const i of g.indicators) expect(Object.keys(i).slice(0, required.length + additive.length)).toEqual([...required, ...additive]);

    const [chef, cost] = f.goals;
    expect(chef).toMatchObject({ goal: "Framgångsrikt chef- och ledarskap", malomrade: "Medarbetare", statedCell: "Måluppfyllelse!B2", stated: "uppfyllt", computed: "ej-uppfyllt", decisive: ["Chefers sjukfrånvaro"] });
    // The schema's direction stays valid; directionUnknown and the note say the engine did not use it.
    expect(chef.indicators[0]).toMatchObject({ name: "Chefsomsättning (%)", direction: "higher", directionGuessed: true, directionUnknown: true, status: "ej-bedomd", trend: null, stale: false, note: expect.stringMatching(/^Riktning okänd/) });
    expect(chef.indicators[1]).toMatchObject({ directionUnknown: false, trend: "worse", status: "ej-uppfyllt" });
    expect(chef.indicators[1]).not.toHaveProperty("unit");
    expect(cost.indicators[0]).toMatchObject({ name: "Kostnad per brukare", year: 2019, value: 104000, target: 100000, unit: "kr", direction: "lower", trend: "worse", status: "ej-uppfyllt" });
    expect(cost).toMatchObject({ stated: "delvis", computed: "ej-uppfyllt", decisive: ["Kostnad per brukare"] });
  });

  it.each([
    ["sv", /Kostnad per brukare \(Totalt\) 2019: 104 000 kr, målvärde 100 000 kr \(lägre är bättre, antagen riktning\)/, /Chefsomsättning \(%\) \(Totalt\) 2019: 8,3, målvärde 15 \(riktning okänd\)/],
    ["en", /Kostnad per brukare \(Totalt\) 2019: 104,000 kr, target 100,000 kr \(lower is better, direction assumed\)/, /target 15 \(direction unknown\)/],
  ])("human output (%s) prints values with their unit and no direction for Chefsomsättning", async (lang, cost, chef) => {
    const r = await run("validate", "--details", "--lang", lang, file);
    expect(r.stdout).toMatch(cost);
    expect(r.stdout).toMatch(chef);
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
