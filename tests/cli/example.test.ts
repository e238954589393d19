import * as path from "path";
import { Cell, Grid } from "../../src/domain/grid";
import { readWorkbookFile } from "../../src/node/read-workbook";
import { EXAMPLE_FILE, exampleGrids, writeExample } from "../../scripts/make-example";
import { fileEntry, makeTempDir, removeDir, run, runJson } from "./helpers";

/**
 * The committed example must be what scripts/make-example.ts makes today,
 * and `npm run demo` must show the seed's known problems.
 */

const committed = path.join(__dirname, "../..", EXAMPLE_FILE);

/** What a person sees in each non-empty cell (number formats are styling and left out). */
function content(grids: readonly Grid[]) {
  return grids.map((g) => ({
    name: g.name,
    visible: g.visible !== false,
    hiddenRows: [...g.hiddenRows],
    merges: [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    cells: g.cells.flatMap((row, r) =>
      (row ?? []).flatMap((c: Cell | undefined, col) =>
        c && (c.value !== null || c.formula || c.fill) ? [{ r, col, value: c.value, formula: c.formula, fill: c.fill }] : [],
      ),
    ),
  }));
}

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("rk-example-");
});
afterAll(() => removeDir(dir));

describe("examples/kommunstyrelsen-2019.xlsx", () => {
  it("reads back into the fixture grids it was made from", async () => {
    const fresh = path.join(dir, "ks2019.xlsx");
    await writeExample(fresh);
    expect(content(await readWorkbookFile(fresh))).toEqual(content(exampleGrids()));
  });

  it("the committed file matches a fresh generation (run `npm run example` when this fails)", async () => {
    const fresh = path.join(dir, "ks2019-2.xlsx");
    await writeExample(fresh);
    const [a, b] = await Promise.all([readWorkbookFile(committed), readWorkbookFile(fresh)]);
    // Number formats and fills included: the committed file must look like the generated one too.
    expect(a).toEqual(b);
  });

  it("is recognised sheet by sheet", async () => {
    const { json } = await runJson(committed);
    expect(fileEntry(json, committed).sheets).toEqual([
      { name: "Sammanfattning", kind: "sammanfattning" },
      { name: "Driftsammandrag", kind: "driftsammandrag" },
      { name: "Investeringar", kind: "investeringar" },
      { name: "Nämndindikatorer", kind: "indikatorer" },
      { name: "Måluppfyllelse", kind: "mal" },
    ]);
  });

  it("reports every arithmetic error of the seed's tables (§1–4) and none where the arithmetic holds", async () => {
    const { json, code } = await runJson(committed);
    const f = fileEntry(json, committed);
    const errors = f.findings.filter((x) => x.severity === "error").map((x) => `${x.sheet}!${x.cell} ${x.rule}`);
    expect(errors.sort()).toEqual(
      [
        // §4: the summary disagrees with the driftsammandrag (kostnader, intäkter) and with the investment table.
        "Sammanfattning!B4 cross-sheet-mismatch",
        "Sammanfattning!D4 cross-sheet-mismatch",
        "Sammanfattning!B5 cross-sheet-mismatch",
        "Sammanfattning!D5 cross-sheet-mismatch",
        "Sammanfattning!B6 cross-sheet-mismatch",
        // §3: "Summa investeringar utom ram" prints 0 for 737, and the grand total inherits it.
        "Investeringar!B19 sum-mismatch",
        "Investeringar!E19 deviation-mismatch",
        "Investeringar!B21 sum-mismatch",
        "Investeringar!E21 deviation-mismatch",
      ].sort(),
    );
    const utomRam = f.findings.find((x) => x.sheet === "Investeringar" && x.cell === "B19");
    expect([utomRam?.expected, utomRam?.actual]).toEqual([737, 0]);
    // §2: the 1 tkr differences of the driftsammandrag are rounding, never errors.
    const rounding = f.findings.filter((x) => x.rule === "rounding-difference" && x.sheet === "Driftsammandrag").map((x) => x.cell);
    expect(new Set(rounding)).toEqual(new Set(["B12", "D12"]));
    expect(code).toBe(1);
  });

  it("reports the three goals stated as uppfyllt whose indicators miss their targets (§7)", async () => {
    const { json } = await runJson(committed);
    const f = fileEntry(json, committed);
    const conflicts = f.findings.filter((x) => x.rule === "status-conflict");
    expect(conflicts.map((c) => c.sheet)).toEqual(["Måluppfyllelse", "Måluppfyllelse", "Måluppfyllelse"]);
    const named = (goal: string) => conflicts.some((c) => c.message.includes(goal));
    expect(["Goda arbetsplatser", "Framgångsrikt chef- och ledarskap", "Nya vägar för (tryggad) kompetensförsörjning"].filter(named)).toHaveLength(3);
    expect(f.goals).toHaveLength(21);
    const goal = f.goals.find((g) => g.goal === "Goda arbetsplatser");
    expect(goal?.stated).toBe("uppfyllt");
    expect(goal?.computed).not.toBe("uppfyllt");
  });

  it("exit code follows the findings: 1 when any is an error, and --exit-zero (npm run demo) gives 0", async () => {
    const { json, code } = await runJson(committed);
    const hasError = fileEntry(json, committed).findings.some((x) => x.severity === "error");
    expect(code).toBe(hasError ? 1 : 0);
    const demo = await run("validate", "--exit-zero", committed);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/^1 fil: \d+ fel, \d+ varning(ar)?, \d+ notering(ar)?$/m);
    expect(demo.stdout).toContain("Angivet: 21 nämndmål: 11 uppfyllda, 9 delvis uppfyllda, 1 ej bedömd");
  });
});
