/**
 * @jest-environment jsdom
 */
import "./testing/jsdom-setup";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook, countBySeverity, DEFAULT_CONFIG, type Severity } from "../domain";
import { ks2019FinancialGrids } from "../fixtures/ks2019-financial";
import { ks2019GoalGrids } from "../fixtures/ks2019-goals";
import { buildReport } from "../report/build";
import { App } from "./App";
import { messages } from "./i18n";
import type { PaneServices } from "./services";
import { FakePort } from "./testing/fake-port";

/** The pane with the real engine and report builder on the Kommunstyrelsen 2019 example. */
const grids = [...ks2019FinancialGrids(), ...ks2019GoalGrids()];
const expected = checkWorkbook(grids, DEFAULT_CONFIG);
const services: PaneServices = { check: checkWorkbook, buildReport, today: () => "2020-02-15" };
const sv = messages.sv;

async function openAndCheck() {
  const port = new FakePort(grids);
  const user = userEvent.setup();
  render(<App port={port} services={services} language="sv" theme="light" />);
  await user.click(await screen.findByRole("button", { name: sv.check }));
  await screen.findByRole("heading", { name: sv.resultsHeading });
  return { port, user };
}

test("the example's sheets are recognised as the engine says", async () => {
  render(<App port={new FakePort(grids)} services={services} language="sv" theme="light" />);
  const list = await screen.findByRole("list", { name: sv.sheetsHeading });
  const items = within(list).getAllByRole("listitem");
  expect(items.map((li) => li.textContent)).toEqual(expected.sheets.map((s) => `${s.name}${sv.sheetKind[s.kind]}${s.reason ?? ""}`));
});

test("counts and findings match the engine; the investment sum mismatch is listed and navigable", async () => {
  const { port } = await openAndCheck();
  const counts = countBySeverity(expected.findings);
  for (const sev of ["error", "warning", "info"] as Severity[]) {
    expect(within(screen.getByTestId(`count-${sev}`)).getByRole("definition")).toHaveTextContent(String(counts[sev]));
  }
  expect(screen.getAllByTestId("finding")).toHaveLength(expected.findings.length);

  const sum = expected.findings.find((f) => f.rule === "sum-mismatch" && f.sheet === "Investeringar");
  expect(sum).toBeDefined();
  const group = screen.getByRole("region", { name: "Investeringar" });
  await userEvent.setup().click(within(group).getByText(sum!.message));
  expect(port.calls.selectCells.at(-1)).toEqual({ sheet: "Investeringar", addresses: [sum!.cell, ...(sum!.related ?? [])] });
});

test("the goals view marks exactly the goals the engine reports as status conflicts", async () => {
  const { user } = await openAndCheck();
  await user.click(screen.getByRole("tab", { name: sv.tabs.goals }));
  const conflicts = expected.findings.filter((f) => f.rule === "status-conflict");
  expect(conflicts.length).toBeGreaterThan(0);
  const goals = screen.getAllByTestId("goal");
  expect(goals).toHaveLength(expected.goals.length);
  const marked = goals.filter((g) => within(g).queryByText(sv.conflict, { exact: false }));
  expect(marked).toHaveLength(conflicts.length);
  const goda = goals.find((g) => within(g).getByRole("heading").textContent === "Goda arbetsplatser")!;
  expect(within(goda).getByText(sv.conflict, { exact: false })).toBeInTheDocument();
  expect(within(goda).getByText(sv.goalStatus.uppfyllt)).toBeInTheDocument();
  expect(within(goda).getByText(sv.goalStatus.delvis)).toBeInTheDocument();
});

test("the report inserted is the report builder's for this check", async () => {
  const { port, user } = await openAndCheck();
  await user.click(screen.getByRole("button", { name: sv.insertReport }));
  await screen.findByText(sv.reportInserted(port.calls.insertReport[0]?.sheetName ?? "?"));
  expect(port.calls.insertReport).toEqual([buildReport(expected, { workbookName: "Kommunstyrelsen 2019.xlsx", date: "2020-02-15", language: "sv" })]);
});
