import { ConfigSchema } from "./config";
import { checkWorkbook } from "./engine";
import { gridFromRows } from "./grid";
import { ruleDocs } from "./rules";

const drift = () =>
  gridFromRows("Drift", [
    ["Verksamhet", "Bokslut 2019", "Budget 2019", "Avvikelse"],
    ["Enhet A", 100, 110, 10],
  ]);
const notes = () => gridFromRows("Noter", [["Text utan tabell"]]);

describe("config-unknown-sheet", () => {
  it.each([
    { name: "a configured sheet that exists", sheets: { Drift: { unit: "tkr" } }, found: [] },
    { name: "no sheets configured", sheets: {}, found: [] },
    { name: "a sheet the workbook lacks", sheets: { Blad2: { kind: "driftsammandrag" } }, found: ["Blad2!A1"] },
    { name: "only the missing one of two", sheets: { Drift: { unit: "tkr" }, drift: { unit: "mnkr" } }, found: ["drift!A1"] },
    { name: "a sheet skipped on purpose that does not exist", sheets: { Gammalt: { kind: "unknown" } }, found: ["Gammalt!A1"] },
  ])("$name", ({ sheets, found }) => {
    const result = checkWorkbook([drift(), notes()], ConfigSchema.parse({ sheets }));
    expect(result.findings.filter((f) => f.rule === "config-unknown-sheet").map((f) => `${f.sheet}!${f.cell}`)).toEqual(found);
  });

  it("names the configured sheet and lists the workbook's sheets, as a warning", () => {
    const [f] = checkWorkbook([drift(), notes()], ConfigSchema.parse({ sheets: { Blad2: { headerRow: 3 } } })).findings.filter(
      (x) => x.rule === "config-unknown-sheet",
    );
    expect(f).toMatchObject({ severity: "warning", sheet: "Blad2", cell: "A1" });
    expect(f.message).toBe(
      "Inställningarna anger bladet ”Blad2”, men arbetsboken har inget sådant blad (den har ”Drift”, ”Noter”). Inställningen för bladet används inte; kontrollera bladets namn.",
    );
    expect(f.messageEn).toContain('"Drift", "Noter"');
  });

  it("is documented and can be turned off", () => {
    expect(ruleDocs("config-unknown-sheet")?.defaultSeverity).toBe("warning");
    const out = checkWorkbook([drift()], ConfigSchema.parse({ sheets: { Blad2: {} }, rules: { "config-unknown-sheet": "off" } }));
    expect(out.findings.some((f) => f.rule === "config-unknown-sheet")).toBe(false);
  });
});
