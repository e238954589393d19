import { DEFAULT_CONFIG, parseConfig } from "./config";

describe("parseConfig", () => {
  it("gives every default for an empty or missing config", () => {
    for (const input of [{}, undefined, null]) {
      const r = parseConfig(input);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.config).toEqual(DEFAULT_CONFIG);
    }
    expect(DEFAULT_CONFIG.rounding).toEqual({ perRow: 0.5, minimum: 1 });
    expect(DEFAULT_CONFIG.actionPlan).toEqual({ percent: 1, amountTkr: 1000 });
  });

  it("keeps what the user set and fills the rest", () => {
    const r = parseConfig({ actionPlan: { percent: 2 }, sheets: { Drift: { kind: "driftsammandrag", headerRow: 3, columns: { B: "actual" } } } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.actionPlan).toEqual({ percent: 2, amountTkr: 1000 });
    expect(r.config.sheets.Drift).toEqual({ kind: "driftsammandrag", headerRow: 3, columns: { B: "actual" } });
  });

  it.each([
    [{ rounding: { perRow: -1 } }, "rounding.perRow", /ska vara minst 0$/],
    [{ sheets: { Drift: { kind: "budget" } } }, "sheets.Drift.kind", /ska vara något av ”driftsammandrag”, ”sammanfattning”/],
    [{ sheets: { Drift: { columns: { "1B": "actual" } } } }, "sheets.Drift.columns", /ogiltig nyckel/],
    [{ sheets: { Drift: { labelColumn: "A1" } } }, "sheets.Drift.labelColumn", /kolumnbokstav/],
    [{ indicatorDirections: { sjukfrånvaro: "down" } }, "indicatorDirections.sjukfrånvaro", /ska vara något av ”higher”, ”lower”/],
    [{ reportYear: "2019" }, "reportYear", /ska vara ett tal$/],
    [{ rules: { "sum-mismatch": "fatal" } }, "rules.sum-mismatch", /”error”, ”warning”, ”info” eller ”off”/],
    [{ actionplan: { percent: 2 } }, "(rot)", /okänd inställning ”actionplan”/],
    [{ sheets: { Drift: { headerrow: 2 } } }, "sheets.Drift", /okänd inställning ”headerrow”/],
  ])("rejects %j naming the field in Swedish, with no English inside", (input, path, sv) => {
    const r = parseConfig(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.path.startsWith(path));
    expect(e).toBeDefined();
    expect(e!.sv).toMatch(new RegExp(`^Ogiltig inställning ${path.replace(/[.()]/g, "\\$&")}`));
    expect(e!.sv).toMatch(sv);
    expect(e!.sv).not.toMatch(/\b(expected|Invalid|Too small|number|string)\b/);
    expect(e!.en).toMatch(/^Invalid setting /);
  });
});
