/**
 * @jest-environment jsdom
 */
import "../testing/jsdom-setup";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { messages } from "../i18n";
import { filterFindings, groupBySheet } from "../state/findings-filter";
import { sampleFindings } from "../testing/sample";
import { ErrorBoundary } from "./ErrorBoundary";
import { parseDecimal } from "./SettingsForm";

describe("parseDecimal: numbers as typed in Swedish", () => {
  test.each([
    ["0,5", 0.5],
    ["0.5", 0.5],
    [" 1 000 ", 1000],
    ["1\u00A0000", 1000],
    ["\u22121", -1],
    ["-2,25", -2.25],
    ["12", 12],
    ["", Number.NaN],
    ["abc", Number.NaN],
    ["1,2,3", Number.NaN],
    ["5 tkr", Number.NaN],
  ])("%j → %d", (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });
});

describe("filterFindings and groupBySheet", () => {
  test("every combination keeps exactly the findings that match", () => {
    for (const severity of ["all", "error", "warning", "info"] as const)
      for (const sheet of ["all", "Drift", "Investeringar", "Mål", "Okänt blad"]) {
        const got = filterFindings(sampleFindings, { severity, sheet });
        const want = sampleFindings.filter((f) => (severity === "all" || f.severity === severity) && (sheet === "all" || f.sheet === sheet));
        expect(got).toEqual(want);
      }
  });

  test("groups keep the engine's order and lose nothing", () => {
    const groups = groupBySheet(sampleFindings);
    expect(groups.flatMap((g) => g.findings)).toHaveLength(sampleFindings.length);
    expect(groups[0].sheet).toBe(sampleFindings[0].sheet);
    for (const g of groups) expect(g.findings.every((f) => f.sheet === g.sheet)).toBe(true);
  });
});

describe("ErrorBoundary", () => {
  function Bomb({ explode }: { explode: boolean }) {
    if (explode) throw new Error("trasig rad");
    return <p>allt väl</p>;
  }

  test("a render error shows a message and a way back instead of a blank pane", async () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    function Harness() {
      const [explode, setExplode] = useState(true);
      return (
        <>
          <button onClick={() => setExplode(false)}>laga</button>
          <ErrorBoundary t={messages.sv}>
            <Bomb explode={explode} />
          </ErrorBoundary>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByText(messages.sv.crashed)).toBeInTheDocument();
    expect(screen.getByText("trasig rad")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "laga" }));
    await user.click(screen.getByRole("button", { name: messages.sv.retry }));
    expect(screen.getByText("allt väl")).toBeInTheDocument();
    spy.mockRestore();
  });
});
