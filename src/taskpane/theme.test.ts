import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { commandFromSearch } from "./command";
import { languageFor } from "./i18n";
import { fluentTheme, themeNameFor } from "./theme";

describe("themeNameFor: Office's body background decides light or dark", () => {
  test.each([
    ["#FFFFFF", "light"], // Office white / colorful
    ["#E6E6E6", "light"], // light grey
    ["#262626", "dark"], // dark grey
    ["#000000", "dark"], // black
    ["#1f1f1f", "dark"],
    ["ffffff", "light"],
    ["", "light"],
    [undefined, "light"],
    ["not a colour", "light"],
  ])("%s → %s", (bg, expected) => {
    expect(themeNameFor(bg)).toBe(expected);
  });

  test("maps to Fluent's web themes", () => {
    expect(fluentTheme("dark")).toBe(webDarkTheme);
    expect(fluentTheme("light")).toBe(webLightTheme);
  });
});

describe("languageFor: Swedish unless Office speaks English", () => {
  test.each([
    ["en-US", "en"],
    ["en-GB", "en"],
    ["EN", "en"],
    ["sv-SE", "sv"],
    ["fi-FI", "sv"],
    ["", "sv"],
    [undefined, "sv"],
  ])("%s → %s", (lang, expected) => {
    expect(languageFor(lang)).toBe(expected);
  });
});

describe("commandFromSearch: what the ribbon button asked for", () => {
  test.each([
    ["?command=check", "check"],
    ["?command=report", "report"],
    ["?foo=1&command=check", "check"],
    ["?command=delete", undefined],
    ["", undefined],
  ])("%s → %s", (search, expected) => {
    expect(commandFromSearch(search)).toBe(expected);
  });
});
