import { ConfigSchema, DEFAULT_CONFIG } from "../config";
import { directionFromMeaning, parseDirectionText, resolveDirection } from "./direction";
import { TargetOperator } from "./target";

describe("resolveDirection", () => {
  const withConfig = ConfigSchema.parse({ indicatorDirections: { chefsomsättning: "lower", "chefers sjuk": "higher" } });
  const cases: Array<[string, string, string | undefined, TargetOperator | undefined, typeof DEFAULT_CONFIG, object]> = [
    [
      "Riktning column wins over everything",
      "Total sjukfrånvaro",
      "Högre är bättre",
      "<",
      DEFAULT_CONFIG,
      { direction: "higher", source: "column", guessed: false },
    ],
    ["Riktning arrow", "Andel X", "↓", undefined, DEFAULT_CONFIG, { direction: "lower", source: "column", guessed: false }],
    ["config over target words", "Chefers sjukfrånvaro", undefined, undefined, withConfig, { direction: "higher", source: "config", guessed: false }],
    [
      "config settles an ambiguous indicator",
      "Chefsomsättning (andel %)",
      undefined,
      undefined,
      withConfig,
      { direction: "lower", source: "config", guessed: false, unknown: false },
    ],
    ["target words: Mindre än", "Personalkostnader/nettokostnad", undefined, "<", DEFAULT_CONFIG, { direction: "lower", source: "target", guessed: false }],
    ["target words: Större än", "Kommunens soliditet", undefined, ">", DEFAULT_CONFIG, { direction: "higher", source: "target", guessed: false }],
    ["target words: Max", "Skuldsättning per invånare", undefined, "<=", DEFAULT_CONFIG, { direction: "lower", source: "target" }],
    ["meaning: sjukfrånvaro", "Total sjukfrånvaro", undefined, undefined, DEFAULT_CONFIG, { direction: "lower", source: "meaning", guessed: true }],
    ["meaning: personalomsättning", "Extern personalomsättning", undefined, undefined, DEFAULT_CONFIG, { direction: "lower", guessed: true }],
    ["meaning: mertid/övertid", "Mertid övertid", undefined, undefined, DEFAULT_CONFIG, { direction: "lower", guessed: true }],
    ["meaning: våldsbrott", "Anmälda våldsbrott i kommunen, antal/100 000 inv.", undefined, undefined, DEFAULT_CONFIG, { direction: "lower" }],
    ["meaning: utsläpp", "Utsläpp av växthusgaser", undefined, undefined, DEFAULT_CONFIG, { direction: "lower" }],
    ["meaning: kostnad per", "Kostnad per elev", undefined, undefined, DEFAULT_CONFIG, { direction: "lower" }],
    ["meaning: cost ratio", "Verksamhetens nettokostnad/skatt och finansnetto (%)", undefined, undefined, DEFAULT_CONFIG, { direction: "lower" }],
    ["kostnadseffektivitet is not a cost", "Kostnadseffektivitetsindex", undefined, undefined, DEFAULT_CONFIG, { direction: "higher", source: "default" }],
    [
      "default: higher, guessed",
      "Andel heltidsanställningar",
      undefined,
      undefined,
      DEFAULT_CONFIG,
      { direction: "higher", source: "default", guessed: true, unknown: false },
    ],
    [
      "Chefsomsättning: unknown",
      "Chefsomsättning (andel tillsvidarechefer som har börjat eller slutat, %)",
      undefined,
      undefined,
      DEFAULT_CONFIG,
      { unknown: true, guessed: true },
    ],
    ["unreadable Riktning falls through", "Total sjukfrånvaro", "kanske", undefined, DEFAULT_CONFIG, { direction: "lower", source: "meaning" }],
  ];
  test.each(cases)("%s", (_n, name, column, op, config, expected) => {
    expect(resolveDirection(name, column, op, config)).toMatchObject(expected);
  });
});

describe("parseDirectionText", () => {
  test.each([
    ["Högre är bättre", "higher"],
    ["Lägre är bättre", "lower"],
    ["Öka", "higher"],
    ["Minska", "lower"],
    ["↑", "higher"],
    ["", undefined],
    ["oklart", undefined],
  ])("%p → %p", (t, d) => expect(parseDirectionText(t)).toBe(d));
});

test("directionFromMeaning tells unknown apart from no opinion", () => {
  expect(directionFromMeaning("Chefsomsättning")).toBe("unknown");
  expect(directionFromMeaning("Balanstal chefer")).toBeUndefined();
});
