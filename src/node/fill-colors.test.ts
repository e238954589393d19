import { OFFICE_THEME, applyTint, paletteFromThemeXml, resolveColor } from "./fill-colors";

/** Largest difference of one channel between two RGB hex colours. */
function channelDistance(a: string, b: string): number {
  return Math.max(...[0, 2, 4].map((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16))));
}

// Expected values are the swatches Excel's colour picker shows for the Office theme. Excel computes them in
// its own integer HLS arithmetic, so the spec's formula in floating point lands within 2 of 255 per channel.
describe("applyTint", () => {
  it.each([
    ["Green, Accent 6, Lighter 80%", "70AD47", 0.7999816888943144, "E2EFDA"],
    ["Green, Accent 6, Lighter 60%", "70AD47", 0.5999938962981048, "C6E0B4"],
    ["Green, Accent 6, Lighter 40%", "70AD47", 0.3999755851924192, "A9D08E"],
    ["Green, Accent 6, Darker 25%", "70AD47", -0.249977111117893, "548235"],
    ["Green, Accent 6, Darker 50%", "70AD47", -0.499984740745262, "375623"],
    ["Gold, Accent 4, Lighter 80%", "FFC000", 0.7999816888943144, "FFF2CC"],
    ["Orange, Accent 2, Lighter 80%", "ED7D31", 0.7999816888943144, "FCE4D6"],
    ["White, Background 1, Darker 15%", "FFFFFF", -0.1499984740745262, "D9D9D9"],
    ["Blue, Accent 1, Lighter 80%", "4472C4", 0.7999816888943144, "D9E1F2"],
    ["Blue, Accent 1, Darker 25%", "4472C4", -0.249977111117893, "305496"],
    ["Gold, Accent 4, Lighter 40%", "FFC000", 0.3999755851924192, "FFD966"],
    ["no tint", "70ad47", 0, "70AD47"],
    ["full lighten is white", "70AD47", 1, "FFFFFF"],
    ["full darken is black", "70AD47", -1, "000000"],
  ])("%s", (_name, base, tint, expected) => {
    const got = applyTint(base, tint);
    expect(got).toMatch(/^[0-9A-F]{6}$/);
    expect(channelDistance(got, expected)).toBeLessThanOrEqual(2);
  });
});

describe("resolveColor", () => {
  it.each([
    ["ARGB", { argb: "FF00B050" }, "00B050"],
    ["RGB without alpha", { argb: "c6efce" }, "C6EFCE"],
    ["theme 9 is accent 6", { theme: 9 }, "70AD47"],
    ["theme 7 is accent 4", { theme: 7 }, "FFC000"],
    ["theme 0 is lt1 (Excel swaps 0/1)", { theme: 0 }, "FFFFFF"],
    ["theme 1 is dk1", { theme: 1 }, "000000"],
    ["theme 3 is dk2", { theme: 3 }, "44546A"],
    ["theme with tint", { theme: 9, tint: -0.249977111117893 }, "548235"],
    ["indexed 10 is red", { indexed: 10 }, "FF0000"],
    ["indexed 17 is dark green", { indexed: 17 }, "008000"],
    ["indexed 2 repeats 10", { indexed: 2 }, "FF0000"],
  ])("%s", (_name, color, expected) => {
    expect(resolveColor(color)).toBe(expected);
  });

  it.each([
    ["nothing", undefined],
    ["empty", {}],
    ["theme past the scheme", { theme: 12 }],
    ["system foreground (indexed 64)", { indexed: 64 }],
    ["malformed ARGB", { argb: "green" }],
  ])("%s is unresolved", (_name, color) => {
    expect(resolveColor(color)).toBeUndefined();
  });
});

describe("paletteFromThemeXml", () => {
  const xml = `<?xml version="1.0"?><a:theme xmlns:a="x"><a:themeElements><a:clrScheme name="Kommun">
    <a:dk1><a:sysClr val="windowText" lastClr="111111"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FEFEFE"/></a:lt1>
    <a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2>
    <a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent6><a:srgbClr val="f79646"/></a:accent6>
  </a:clrScheme></a:themeElements></a:theme>`;

  it("reads srgbClr and sysClr's lastClr, keeping the Office colour for what the scheme leaves out", () => {
    const p = paletteFromThemeXml(xml);
    expect(resolveColor({ theme: 1 }, p)).toBe("111111");
    expect(resolveColor({ theme: 0 }, p)).toBe("FEFEFE");
    expect(resolveColor({ theme: 9 }, p)).toBe("F79646");
    expect(resolveColor({ theme: 4 }, p)).toBe("4F81BD");
    expect(resolveColor({ theme: 7 }, p)).toBe(OFFICE_THEME.accent4);
  });

  it("falls back to the Office theme without a theme part", () => {
    expect(paletteFromThemeXml(undefined)).toEqual(OFFICE_THEME);
    expect(paletteFromThemeXml("<not-a-theme/>")).toEqual(OFFICE_THEME);
  });
});
