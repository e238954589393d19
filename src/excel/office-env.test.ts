import { globalOfficeEnv, officeEnv } from "./office-env";

/** The env over the page's globals must behave as the one over given objects, reading the globals at call time. */

type Globals = { Excel?: unknown; Office?: unknown };
const g = globalThis as Globals;

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

const office = (supported: (name: string, v?: string) => boolean) => ({ context: { requirements: { isSetSupported: supported } } });

describe("globalOfficeEnv", () => {
  it("reads Office at call time, not when made", () => {
    const env = globalOfficeEnv();
    expect(env.supportsExcelApi("1.9")).toBe(false);
    g.Office = office((name, v) => name === "ExcelApi" && v === "1.9");
    expect(env.supportsExcelApi("1.9")).toBe(true);
    expect(env.supportsExcelApi("1.13")).toBe(false);
  });

  it("answers not supported when isSetSupported throws, as officeEnv does", () => {
    const throwing = office(() => {
      throw new Error("no requirements");
    });
    g.Office = throwing;
    expect(globalOfficeEnv().supportsExcelApi("1.7")).toBe(false);
    expect(officeEnv({ run: () => Promise.reject(new Error("unused")) }, throwing).supportsExcelApi("1.7")).toBe(false);
  });

  it("runs batches through Excel.run", async () => {
    const env = globalOfficeEnv();
    g.Excel = { run: (batch: (context: string) => Promise<string>) => batch("ctx") };
    await expect(env.run(async (context) => `ran with ${String(context)}`)).resolves.toBe("ran with ctx");
  });
});
