import { parseStatedStatus, statusFromFill } from "./status";

describe("parseStatedStatus: words", () => {
  test.each([
    ["Uppfyllt", "uppfyllt"],
    ["uppnått", "uppfyllt"],
    ["Nämndmålet är uppnått", "uppfyllt"],
    ["Delvis uppfyllt", "delvis"],
    ["Delvis uppnått", "delvis"],
    ["Ej helt uppfyllt", "delvis"],
    ["Ej uppfyllt", "ej-uppfyllt"],
    ["Ej uppnått", "ej-uppfyllt"],
    ["Inte uppfyllt", "ej-uppfyllt"],
    ["Ej bedömd", "ej-bedomd"],
    ["EJ BEDÖMT", "ej-bedomd"],
    ["-", "ej-bedomd"],
  ])("%p → %p", (text, status) => {
    expect(parseStatedStatus(text)).toEqual({ status, from: "text" });
  });

  test("words win over the fill", () => {
    expect(parseStatedStatus("Ej uppfyllt", "00B050")).toEqual({ status: "ej-uppfyllt", from: "text" });
  });
  test("unreadable words are reported as such", () => {
    expect(parseStatedStatus("Kanske")).toEqual({ status: null, reason: "unreadable" });
  });
  test("blank without fill states nothing", () => {
    expect(parseStatedStatus("  ")).toEqual({ status: null, reason: "blank" });
  });
});

describe("statusFromFill", () => {
  test.each([
    ["00B050", "uppfyllt"],
    ["92D050", "uppfyllt"],
    ["C6EFCE", "uppfyllt"], // Excel "Good"
    ["FFFF00", "delvis"],
    ["FFC000", "delvis"],
    ["FFEB9C", "delvis"], // Excel "Neutral"
    ["FF0000", "ej-uppfyllt"],
    ["C00000", "ej-uppfyllt"],
    ["FFC7CE", "ej-uppfyllt"], // Excel "Bad"
    ["FFFFFF", undefined],
    ["D9D9D9", undefined],
    ["000000", undefined],
    ["4472C4", undefined],
    ["not-a-colour", undefined],
  ])("%s → %p", (hex, status) => {
    expect(statusFromFill(hex)).toBe(status);
    if (status) expect(parseStatedStatus("", hex)).toEqual({ status, from: "fill" });
  });
});
