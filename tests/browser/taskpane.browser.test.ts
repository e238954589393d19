/**
 * The production build in a real browser: taskpane.html served on
 * 127.0.0.1, Debian's Chromium driven by playwright-core, office.js answered
 * by a stub whose fake Excel holds the Kommunstyrelsen 2019 example. Clicks
 * "Kontrollera arbetsboken", checks what the pane shows against the engine,
 * and saves the screenshot the README shows (docs/images/taskpane.png).
 *
 * In CI (process.env.CI) a missing Chromium fails the test; locally it skips
 * with a message. Install it with `apt-get install -y chromium`.
 *
 * Screenshots are always taken; they replace the committed ones in
 * docs/images/ only when missing or with UPDATE_SCREENSHOTS=1, because
 * Chromium's anti-aliasing makes every run's PNG differ by a few bytes.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { checkWorkbook, countBySeverity } from "../../src/domain";
import { ks2019FinancialGrids } from "../../src/fixtures/ks2019-financial";
import { ks2019GoalGrids } from "../../src/fixtures/ks2019-goals";
import { buildReport } from "../../src/report/build";
import { buildProduction, gzipSizes, modulesInChunk, packagesIn, projectRoot, TASKPANE_BUDGET_KB } from "../../scripts/bundle-size";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = projectRoot(__dirname);
const SCREENSHOT = path.join(ROOT, "docs/images/taskpane.png");
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) {
  throw new Error(`Chromium is missing at ${CHROMIUM}: the browser test must run in CI. Install it with: apt-get install -y chromium`);
}
if (!haveChromium) {
  console.warn(`SKIPPED: the browser test needs Chromium at ${CHROMIUM} (apt-get install -y chromium). In CI this is a failure.`);
}
const describeInBrowser = haveChromium ? describe : describe.skip;

const expected = checkWorkbook([...ks2019FinancialGrids(), ...ks2019GoalGrids()]);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describeInBrowser("task pane in Chromium (production build, stubbed office.js)", () => {
  let work: string;
  let dist: string;
  let stubJs: string;
  let server: Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), "rapportkoll-browser-"));
    dist = path.join(work, "dist");
    buildProduction(dist);
    const stubDir = path.join(work, "stub");
    buildProduction(stubDir, { config: path.join(ROOT, "tests/browser/webpack.stub.config.js") });
    stubJs = readFileSync(path.join(stubDir, "office-stub.js"), "utf8");
    server = await serve(dist);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  async function openPane(query = "", hash = ""): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 380, height: 1100 }, deviceScaleFactor: 1 });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ status: 200, contentType: "application/javascript", body: stubJs }));
    // Offline and deterministic: anything else from outside the local server is refused.
    await page.route(
      (url) => !url.href.startsWith(base) && !url.href.startsWith("https://appsforoffice.microsoft.com/"),
      (route) => route.abort(),
    );
    await page.goto(`${base}/taskpane.html${query}${hash}`);
    return { page, errors };
  }

  test("the bundle is within budget and holds no ExcelJS", () => {
    const taskpane = gzipSizes(dist).find((s) => s.file === "taskpane.js");
    expect(taskpane).toBeDefined();
    expect(taskpane!.gzipBytes / 1024).toBeLessThan(TASKPANE_BUDGET_KB);
    const packages = packagesIn(modulesInChunk(path.join(dist, "webpack-stats.json"), "taskpane"));
    expect(packages).toEqual(expect.arrayContaining(["react-dom", "@fluentui/react-button", "zod"]));
    expect(packages).not.toContain("exceljs");
  });

  test("Kontrollera arbetsboken shows the engine's findings; a finding selects its cells; screenshot", async () => {
    const { page, errors } = await openPane();
    await page.getByRole("list", { name: "Blad i arbetsboken" }).waitFor();
    for (const s of expected.sheets) await page.getByRole("listitem").filter({ hasText: s.name }).first().waitFor();

    await page.getByRole("button", { name: "Kontrollera arbetsboken" }).click();
    await page.getByRole("heading", { name: "Resultat" }).waitFor();

    const counts = countBySeverity(expected.findings);
    expect(await page.getByTestId("count-error").locator("dd").textContent()).toBe(String(counts.error));
    expect(await page.getByTestId("count-warning").locator("dd").textContent()).toBe(String(counts.warning));
    expect(await page.getByTestId("count-info").locator("dd").textContent()).toBe(String(counts.info));
    expect(await page.getByTestId("finding").count()).toBe(expected.findings.length);

    // The investment table's broken sum (0 printed where its row has 737) and the stated-vs-computed goal conflicts.
    const sum = expected.findings.find((f) => f.rule === "sum-mismatch" && f.sheet === "Investeringar")!;
    const investeringar = page.getByRole("region", { name: "Investeringar" });
    await investeringar.getByText(sum.message).waitFor();
    const conflicts = expected.findings.filter((f) => f.rule === "status-conflict");
    expect(conflicts.length).toBeGreaterThanOrEqual(3);
    for (const c of conflicts) await page.getByText(c.message).waitFor();

    await page.screenshot({ path: screenshotPath(SCREENSHOT, work) });

    // Clicking the finding goes through the real Office.js adapter into the fake workbook.
    await investeringar.getByText(sum.message).click();
    await page.waitForFunction(() => (window as unknown as { __fakeExcelState: { selection?: unknown } }).__fakeExcelState.selection !== undefined);
    const selection = await page.evaluate(
      () => (window as unknown as { __fakeExcelState: { selection?: { sheet: string; address: string } } }).__fakeExcelState.selection,
    );
    expect(selection?.sheet).toBe("Investeringar");
    expect(selection?.address.split(",")[0]).toBe(sum.cell);

    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test("Infoga rapporttabeller writes the report sheet through the adapter and leaves the workbook's own sheets as they were", async () => {
    const { page, errors } = await openPane();
    await page.getByRole("list", { name: "Blad i arbetsboken" }).waitFor();
    const before = await page.evaluate(snapshotWorkbook);

    await page.getByRole("button", { name: "Kontrollera arbetsboken" }).click();
    await page.getByRole("heading", { name: "Resultat" }).waitFor();
    await page.getByRole("button", { name: "Infoga rapporttabeller" }).click();
    const spec = buildReport(expected, { workbookName: "Kommunstyrelsen 2019.xlsx", date: "2020-02-14", language: "sv" });
    await page.getByText(`”${spec.sheetName}”`).waitFor();

    const after = await page.evaluate(snapshotWorkbook);
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), spec.sheetName]);
    // The workbook's own sheets, cell by cell.
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);

    const report = after.sheets.find((s) => s.name === spec.sheetName)!;
    const values = new Map(report.cells.map(([k, c]) => [k, c.value ?? ""]));
    const valueAt = (r: number, c: number) => values.get(`${r}:${c}`) ?? "";
    const heading = spec.blocks.find((b) => b.id === "heading")!;
    expect(valueAt(heading.top, 0)).toBe(heading.rows[0][0]?.value);
    // Everything but the heading's date line is independent of the day the test runs.
    const findings = spec.blocks.find((b) => b.id === "kontrollresultat")!;
    expect(findings.rows.length - 2).toBe(expected.findings.length);
    for (const b of spec.blocks) {
      b.rows.forEach((row, i) => {
        if (b.id === "heading" && i === 1) return;
        row.forEach((cell, c) => expect({ at: [b.top + i, c], value: valueAt(b.top + i, c) }).toEqual({ at: [b.top + i, c], value: cell?.value ?? "" }));
      });
    }
    expect(after.tables.map((t) => t.name).sort()).toEqual(["Kontrollresultat", "Namndindikatorer"]);
    expect(after.tables.find((t) => t.name === "Kontrollresultat")?.box).toEqual(findings.table?.range);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test("goals view in English with a dark Office theme", async () => {
    const { page, errors } = await openPane("?command=check", "#lang=en-US&bg=%23262626");
    await page.getByRole("heading", { name: "Results" }).waitFor();
    const background = await page.locator(".fui-FluentProvider").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe("rgb(255, 255, 255)");
    await page.getByRole("tab", { name: "Goals" }).click();
    const goals = page.getByTestId("goal");
    expect(await goals.count()).toBe(expected.goals.length);
    expect(await page.getByText("Conflict: the stated status does not match the indicators").count()).toBe(
      expected.findings.filter((f) => f.rule === "status-conflict").length,
    );
    // Open the first conflicting goal's indicators, so the picture shows why it conflicts.
    const conflicted = goals.filter({ hasText: "Conflict:" }).first();
    await conflicted.getByRole("button", { name: /Show indicators/ }).click();
    await conflicted.getByTestId("indicator").first().waitFor();
    await conflicted.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: screenshotPath(path.join(ROOT, "docs/images/taskpane-goals-dark-en.png"), work) });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

interface WorkbookSnapshot {
  sheets: Array<{ name: string; cells: Array<[string, { value: unknown }]>; merges: unknown; conditionalFormats: unknown; hiddenRows: number[] }>;
  tables: Array<{ name: string; box: unknown }>;
}

/** Runs in the page: the fake Excel's sheets as plain data ("row:col" → value). */
function snapshotWorkbook(): WorkbookSnapshot {
  type Cell = { value: unknown };
  type Sheet = { name: string; cells: Map<number, Cell>; merges: unknown; conditionalFormats: unknown; hiddenRows: Set<number> };
  const state = (window as unknown as { __fakeExcelState: { sheets: Sheet[]; tables: Array<{ name: string; box: unknown }> } }).__fakeExcelState;
  return {
    sheets: state.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([k, c]) => [`${Math.floor(k / 16384)}:${k % 16384}`, JSON.parse(JSON.stringify(c)) as Cell]),
      merges: s.merges,
      conditionalFormats: s.conditionalFormats,
      hiddenRows: [...s.hiddenRows],
    })),
    tables: state.tables.map((t) => ({ name: t.name, box: t.box })),
  };
}

/** Where to write a screenshot: docs/images/ when missing or asked for, otherwise beside the build. */
function screenshotPath(docsFile: string, workDir: string): string {
  const update = process.env.UPDATE_SCREENSHOTS === "1" || !existsSync(docsFile);
  const file = update ? docsFile : path.join(workDir, path.basename(docsFile));
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
