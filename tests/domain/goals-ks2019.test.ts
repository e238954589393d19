import { ConfigSchema } from "../../src/domain/config";
import { checkWorkbook } from "../../src/domain/engine";
import { Grid } from "../../src/domain/grid";
import { indicatorLabel } from "../../src/domain/goals/judge";
import { summarizeGoals } from "../../src/domain/goals/summary";
import { CheckResult, IndicatorResult } from "../../src/domain/model";
import {
  KS2019_GOAL_STATUSES,
  KS2019_INDICATORS,
  ks2019GoalGrids,
  ks2019GoalStatusGrid,
  ks2019IndicatorFlatGrid,
  ks2019IndicatorGrid,
  ks2019IndicatorHeadingRowsGrid,
} from "../../src/fixtures/ks2019-goals";

/** §7 of the reference: the indicators that miss their target in 2019 (name prefix, group). */
const MISSES: Array<[string, string]> = [
  ["E-handelstrohet", "Totalt"],
  ["Företagsklimat", "Totalt"],
  ["Andel el-, laddningshybrid", "Totalt"],
  ["Resultatindex för Kommunens Kvalitet i Korthet", "Totalt"],
  ["Andel heltidsanställningar", "Totalt"],
  ["Andel heltidsanställningar", "Kvinnor"],
  ["Chefers sjukfrånvaro", "Totalt"],
  ["Extern personalomsättning", "Totalt"],
  ["Balanstal chefer", "Totalt"],
];
/** §7: the indicators that meet their target in 2019. */
const MET: Array<[string, string]> = [
  ["Trygghetsbesiktningar", "Totalt"],
  ["Antal lägenheter", "Totalt"],
  ["Verksamhetsmark", "Totalt"],
  ["Antal nyföretagsamma", "Totalt"],
  ["Andel kommuninvånare som tycker", "Totalt"],
  ["Procentuell avvikelse", "Totalt"],
  ["Total sjukfrånvaro", "Totalt"],
  ["Total sjukfrånvaro", "Män"],
  ["Total sjukfrånvaro", "Kvinnor"],
  ["Andel heltidsanställningar", "Män"],
  ["Mertid övertid", "Totalt"],
];
/** §7: not assessable on 2019 data though an earlier value exists. */
const STALE: string[] = ["Invånare 16-84 år", "Utsläpp av växthusgaser", "Hållbart medarbetarengagemang", "Externt placerade pensionsmedel", "Lokalkostnader och kapitalkostnader"];
const CONFLICTS = ["Goda arbetsplatser", "Framgångsrikt chef- och ledarskap", "Nya vägar för (tryggad) kompetensförsörjning"];

const key = ([name, group]: [string, string]) => `${name}|${group}`;

function find(r: CheckResult, name: string, group = "Totalt"): IndicatorResult {
  const all = r.goals.flatMap((g) => g.indicators);
  const hit = all.filter((i) => i.name.startsWith(name) && i.group === group);
  if (hit.length !== 1) throw new Error(`${name}/${group}: ${hit.length} träffar`);
  return hit[0];
}

/** Target misses reported, as (name prefix, group) taken from the indicator on the finding's cell. */
function reportedMisses(r: CheckResult): string[] {
  const byCell = new Map<string, IndicatorResult>();
  for (const g of r.goals) for (const i of g.indicators) byCell.set(`${g.sheet}!${i.cell}`, i);
  return r.findings
    .filter((f) => f.rule === "target-not-met")
    .map((f) => {
      const i = byCell.get(`${f.sheet}!${f.cell}`);
      if (!i) return `?${f.cell}`;
      const m = MISSES.find(([n, g]) => i.name.startsWith(n) && i.group === g);
      return m ? key(m) : indicatorLabel(i);
    })
    .sort();
}

const layouts: Array<[string, () => Grid[]]> = [
  ["report layout + goals list", () => ks2019GoalGrids()],
  ["heading rows + goals list", () => [ks2019IndicatorHeadingRowsGrid(), ks2019GoalStatusGrid()]],
  ["flat table + goals list", () => [ks2019IndicatorFlatGrid(), ks2019GoalStatusGrid()]],
  ["flat table with a Bedömning column", () => [ks2019IndicatorFlatGrid("Indikatorer", { withStatus: true })]],
  ["report layout + goals list in colours only", () => [ks2019IndicatorGrid(), ks2019GoalStatusGrid("Måluppfyllelse", { fillOnly: true })]],
];

describe.each(layouts)("Kommunstyrelsen 2019, %s", (_name, grids) => {
  const config = ConfigSchema.parse({ reportYear: 2019 });
  const r = checkWorkbook(grids(), config);

  test("reads the 21 goals and 60 indicator rows", () => {
    expect(r.goals).toHaveLength(21);
    expect(r.goals.filter((g) => g.statedOnly)).toEqual([]);
    expect(r.goals.reduce((n, g) => n + g.indicators.length, 0)).toBe(KS2019_INDICATORS.length);
  });

  test("exactly the target misses of §7", () => {
    expect(reportedMisses(r)).toEqual(MISSES.map(key).sort());
  });

  test("exactly the three status conflicts (#16, #17, #18), on the stated cell, naming the indicators", () => {
    const conflicts = r.findings.filter((f) => f.rule === "status-conflict");
    const names = conflicts.map((f) => r.goals.find((g) => g.statedCell?.endsWith(f.cell) && (g.statedSheet ?? g.sheet) === f.sheet)?.goal);
    expect(names).toEqual(CONFLICTS);
    expect(conflicts[0].message).toMatch(/Andel heltidsanställningar 96,9 \(2019\) mot målvärde 97; Andel heltidsanställningar \(Kvinnor\) 95,4 \(2019\) mot målvärde 96/);
    expect(conflicts[1].message).toMatch(/Chefers sjukfrånvaro 1,85 \(2019\) mot målvärde 1,3/);
    expect(conflicts[2].message).toMatch(/Extern personalomsättning 7,4 .*Balanstal chefer 0,79/);
    for (const f of conflicts) expect(f.related?.length).toBeGreaterThan(0);
  });

  test.each(MET)("%s (%s) meets its target", (name, group) => {
    expect(find(r, name, group).status).toBe("uppfyllt");
  });

  test("Total sjukfrånvaro 2,3 against 3,5: lower is better", () => {
    expect(find(r, "Total sjukfrånvaro")).toMatchObject({ value: 2.3, target: 3.5, direction: "lower", status: "uppfyllt", year: 2019 });
  });

  test.each(STALE)("%s: ej bedömd on 2019 data, stale", (name) => {
    expect(find(r, name)).toMatchObject({ status: "ej-bedomd", stale: true });
  });

  test("Chefsomsättning: riktning okänd, no finding", () => {
    const c = find(r, "Chefsomsättning");
    expect(c).toMatchObject({ status: "ej-bedomd", directionUnknown: true, value: 8.3, target: 15 });
    expect(c.note).toMatch(/^Riktning okänd/);
  });

  test("the stated summary is the report's own", () => {
    expect(summarizeGoals(r.goals, "stated").sv).toBe("21 nämndmål: 11 uppfyllda, 9 delvis uppfyllda, 1 ej bedömd");
  });

  test("the computed summary", () => {
    expect(summarizeGoals(r.goals, "computed").sv).toBe("21 nämndmål: 5 uppfyllda, 3 delvis uppfyllda, 4 ej uppfyllda, 9 ej bedömda");
  });

  test("the stated statuses match the list, including the goal spelled two ways", () => {
    for (const s of KS2019_GOAL_STATUSES) {
      const g = r.goals.find((x) => x.goal.replace(/Kostnadseffektivt/, "Kostnadseffektiv") === s.namndmal);
      expect([s.namndmal, g?.stated]).toEqual([s.namndmal, { uppfyllt: "uppfyllt", "delvis uppfyllt": "delvis", "ej bedömd": "ej-bedomd" }[s.status]]);
    }
  });

  test("other findings: only the two target texts in the 2018 column", () => {
    const other = r.findings.filter((f) => f.rule !== "target-not-met" && f.rule !== "status-conflict");
    expect(other.map((f) => [f.rule, f.severity])).toEqual([
      ["invalid-value", "warning"],
      ["invalid-value", "warning"],
    ]);
    expect(other.map((f) => f.message)).toEqual([expect.stringContaining("”Mindre än 70”"), expect.stringContaining("”Mindre än 12”")]);
  });
});

test("the report year is found from the indicator table when nothing else sets it", () => {
  expect(checkWorkbook(ks2019GoalGrids()).reportYear).toBe(2019);
});

test("judged on 2018 instead, the misses change: the judgement rests on the report year", () => {
  const r = checkWorkbook(ks2019GoalGrids(), ConfigSchema.parse({ reportYear: 2018 }));
  expect(find(r, "Chefers sjukfrånvaro")).toMatchObject({ year: 2018, value: 0.8, status: "uppfyllt" });
  expect(find(r, "Total sjukfrånvaro")).toMatchObject({ year: 2018, value: 4.6, status: "ej-uppfyllt" });
});
