import { matchGoalNames, normalizeGoalName } from "./names";

describe("matchGoalNames", () => {
  const goals = [
    "Kostnadseffektiv verksamhet",
    "Kostnadseffektivt och ändamålsenligt IT-stöd",
    "Nya vägar för (tryggad) kompetensförsörjning",
    "God ekonomisk kontroll",
    "God finansiell ställning",
  ];
  test.each([
    ["exact", "God ekonomisk kontroll", 3],
    ["case and spaces", "  god   EKONOMISK kontroll ", 3],
    ["one letter off (the seed's two spellings)", "Kostnadseffektiv och ändamålsenligt IT-stöd", 1],
    ["parentheses dropped", "Nya vägar för tryggad kompetensförsörjning", 2],
    ["a line break", "God finansiell\nställning", 4],
    ["a different goal", "God social sammanhållning", -1],
  ])("%s", (_n, stated, expected) => {
    expect(matchGoalNames([stated], goals)).toEqual([expected]);
  });

  test("each goal is taken once, closest first", () => {
    expect(matchGoalNames(["Kostnadseffektiv verksamhet", "Kostnadseffektivt verksamhet"], ["Kostnadseffektiv verksamhet"])).toEqual([0, -1]);
  });

  test("normalizeGoalName", () => {
    expect(normalizeGoalName("Stark röst – regionalt")).toBe("stark röst - regionalt");
  });
});
