/**
 * @jest-environment jsdom
 */
import "./testing/jsdom-setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { countBySeverity, DEFAULT_CONFIG, type Severity } from "../domain";
import { PortError } from "../excel/port";
import { App } from "./App";
import type { PaneCommand } from "./command";
import { messages, type Language } from "./i18n";
import type { PaneServices } from "./services";
import { FakePort } from "./testing/fake-port";
import { sampleFindings, sampleGrids, sampleServices } from "./testing/sample";

function renderPane(opts: { port?: FakePort; services?: PaneServices; language?: Language; command?: PaneCommand } = {}) {
  const port = opts.port ?? new FakePort(sampleGrids);
  const services = opts.services ?? sampleServices();
  const user = userEvent.setup();
  render(<App port={port} services={services} language={opts.language ?? "sv"} theme="light" command={opts.command} />);
  return { port, services, user };
}

async function checkWorkbook(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("button", { name: "Kontrollera arbetsboken" }));
  await screen.findByRole("heading", { name: "Resultat" });
}

const sv = messages.sv;

function shownCount(severity: Severity): number {
  return Number(within(screen.getByTestId(`count-${severity}`)).getByRole("definition").textContent);
}

describe("task pane: opening", () => {
  test("shows each sheet with the kind it was recognised as, and why unknown ones were not", async () => {
    renderPane();
    const list = await screen.findByRole("list", { name: "Blad i arbetsboken" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      "DriftDriftsammandrag",
      "InvesteringarInvesteringar",
      "MålMål",
      "AnteckningarOkäntbladet har ingen rubrikrad med kända kolumner",
    ]);
    // Opening reads the workbook but does not show findings until asked.
    expect(screen.getByText(sv.notCheckedYet)).toBeInTheDocument();
    expect(screen.queryAllByTestId("finding")).toHaveLength(0);
  });

  test("settings are loaded before the sheets are read, and passed to the check", async () => {
    const port = new FakePort(sampleGrids, { rounding: { perRow: 2 } });
    const services = sampleServices();
    renderPane({ port, services });
    await screen.findByRole("list", { name: "Blad i arbetsboken" });
    expect(services.configs).toHaveLength(1);
    expect(services.configs[0]).toMatchObject({ rounding: { perRow: 2, minimum: 1 } });
  });
});

describe("task pane: check and results", () => {
  test("counts per severity and every finding grouped by sheet", async () => {
    const { user } = renderPane();
    await checkWorkbook(user);
    const expected = countBySeverity(sampleFindings);
    expect(shownCount("error")).toBe(expected.error);
    expect(shownCount("warning")).toBe(expected.warning);
    expect(shownCount("info")).toBe(expected.info);
    expect(screen.getAllByTestId("finding")).toHaveLength(sampleFindings.length);
    for (const f of sampleFindings) expect(screen.getByText(f.message)).toBeInTheDocument();
    const groups = screen.getAllByRole("region").map((r) => r.getAttribute("aria-label"));
    expect(groups).toEqual(expect.arrayContaining(["Drift", "Investeringar", "Mål"]));
    const investeringar = screen.getByRole("region", { name: "Investeringar" });
    expect(within(investeringar).getByText("B3")).toBeInTheDocument();
    expect(within(investeringar).getByText("sum-mismatch")).toBeInTheDocument();
  });

  test("filters by severity and by sheet", async () => {
    const { user } = renderPane();
    await checkWorkbook(user);
    await user.selectOptions(screen.getByLabelText(sv.filterSeverity), "error");
    const errors = sampleFindings.filter((f) => f.severity === "error");
    expect(screen.getAllByTestId("finding").map((b) => b.textContent)).toEqual(errors.map((f) => expect.stringContaining(f.message)));

    await user.selectOptions(screen.getByLabelText(sv.filterSeverity), "all");
    await user.selectOptions(screen.getByLabelText(sv.filterSheet), "Drift");
    const drift = sampleFindings.filter((f) => f.sheet === "Drift");
    expect(screen.getAllByTestId("finding")).toHaveLength(drift.length);
    expect(screen.queryByText(sampleFindings.find((f) => f.sheet === "Investeringar")!.message)).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText(sv.filterSeverity), "warning");
    expect(screen.queryAllByTestId("finding")).toHaveLength(0);
    expect(screen.getByText(sv.noFindingsFiltered)).toBeInTheDocument();
  });

  test("clicking a finding selects its cell and the related cells on its sheet", async () => {
    const { user, port } = renderPane();
    await checkWorkbook(user);
    const sum = sampleFindings.find((f) => f.rule === "sum-mismatch")!;
    await user.click(screen.getByText(sum.message));
    expect(port.calls.selectCells).toEqual([{ sheet: sum.sheet, addresses: [sum.cell, ...(sum.related ?? [])] }]);
  });

  test("Enter on a focused finding selects it too (keyboard only)", async () => {
    const { user, port } = renderPane();
    await checkWorkbook(user);
    const target = sampleFindings.find((f) => f.rule === "status-conflict")!;
    const button = screen.getByText(target.message).closest("button")!;
    button.focus();
    expect(button).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(port.calls.selectCells).toEqual([{ sheet: target.sheet, addresses: [target.cell, ...(target.related ?? [])] }]);
  });

  test("marks the shown findings and removes the marks", async () => {
    const { user, port } = renderPane();
    await checkWorkbook(user);
    await user.selectOptions(screen.getByLabelText(sv.filterSeverity), "error");
    await user.click(screen.getByRole("button", { name: sv.mark }));
    await screen.findByText(sv.marksAdded(2));
    expect(port.calls.markFindings).toEqual([sampleFindings.filter((f) => f.severity === "error")]);
    await user.click(screen.getByRole("button", { name: sv.clearMarks }));
    await screen.findByText(sv.marksCleared);
    expect(port.calls.clearMarks).toBe(1);
  });

  test("re-checking reads the workbook again", async () => {
    const { user, port } = renderPane();
    await checkWorkbook(user);
    const before = port.calls.readGrids;
    await user.click(screen.getByRole("button", { name: sv.check }));
    await waitFor(() => expect(port.calls.readGrids).toBe(before + 1));
  });

  test("?command=check starts the check at once", async () => {
    renderPane({ command: "check" });
    await screen.findByRole("heading", { name: "Resultat" });
    expect(screen.getAllByTestId("finding")).toHaveLength(sampleFindings.length);
  });
});

describe("task pane: report", () => {
  test("inserts the report built from a fresh check, with the workbook name, date and language", async () => {
    const { user, port } = renderPane();
    await user.click(await screen.findByRole("button", { name: sv.insertReport }));
    await screen.findByText(sv.reportInserted("Rapport"));
    expect(port.calls.insertReport).toHaveLength(1);
    const spec = port.calls.insertReport[0];
    expect(spec.language).toBe("sv");
    expect(spec.blocks[0].rows[0][0]?.value).toBe(`Kommunstyrelsen 2019.xlsx 2020-02-15 ${sampleFindings.length}`);
  });

  test("?command=report inserts the report without a click", async () => {
    const { port } = renderPane({ command: "report" });
    await screen.findByText(sv.reportInserted("Rapport"));
    expect(port.calls.insertReport).toHaveLength(1);
  });
});

describe("task pane: goals", () => {
  test("shows stated and computed status as words, marks a conflict in text, and expands to indicators", async () => {
    const { user } = renderPane();
    await checkWorkbook(user);
    await user.click(screen.getByRole("tab", { name: sv.tabs.goals }));
    const goals = screen.getAllByTestId("goal");
    expect(goals).toHaveLength(3);
    const [first, second, third] = goals;
    expect(within(first).getByRole("heading")).toHaveTextContent("Goda arbetsplatser");
    expect(within(first).getByText(sv.goalStatus.uppfyllt)).toBeInTheDocument();
    expect(within(first).getByText(sv.goalStatus.delvis)).toBeInTheDocument();
    // The conflict is the engine's status-conflict finding at the stated cell, shown in words with its message.
    expect(within(first).getByText(sv.conflict, { exact: false })).toBeInTheDocument();
    expect(within(first).getByText(sampleFindings.find((f) => f.rule === "status-conflict")!.message)).toBeInTheDocument();
    expect(within(second).queryByText(sv.conflict, { exact: false })).not.toBeInTheDocument();
    expect(within(second).queryByText(sv.differs)).not.toBeInTheDocument();
    // Stated delvis vs computed ej uppfyllt: a difference, but the engine does not call it a conflict.
    expect(within(third).queryByText(sv.conflict, { exact: false })).not.toBeInTheDocument();
    expect(within(third).getByText(sv.differs)).toBeInTheDocument();

    const toggle = within(first).getByRole("button", { name: sv.showIndicators(1) });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const row = within(first).getByTestId("indicator");
    expect(row).toHaveTextContent("Andel heltidsanställningar (Totalt)");
    expect(row).toHaveTextContent("2018: 96,5 · 2019: 96,9");
    expect(row).toHaveTextContent("97");
    expect(row).toHaveTextContent(`${sv.direction.higher} (${sv.guessed})`);
    expect(row).toHaveTextContent(sv.goalStatus["ej-uppfyllt"]);
  });

  test("tabs are reachable by keyboard: arrow keys move between them", async () => {
    const { user } = renderPane();
    const checkTab = await screen.findByRole("tab", { name: sv.tabs.check });
    checkTab.focus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: sv.tabs.goals })).toHaveFocus();
    expect(screen.getByRole("tab", { name: sv.tabs.goals })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveTextContent(sv.goalsHeading);
    await user.keyboard("{End}");
    expect(screen.getByRole("tab", { name: sv.tabs.settings })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: sv.tabs.check })).toHaveAttribute("aria-selected", "true");
  });

  test("before a check the goals view says to check first", async () => {
    const { user } = renderPane();
    await user.click(await screen.findByRole("tab", { name: sv.tabs.goals }));
    expect(screen.getByText(sv.goalsNotChecked)).toBeInTheDocument();
  });
});

describe("task pane: settings", () => {
  test("invalid stored settings: a clear message, defaults in use, and a reset that stores valid ones", async () => {
    const port = new FakePort(sampleGrids, { rounding: { perRow: -3 }, actionPlan: "mycket" });
    const services = sampleServices();
    const { user } = renderPane({ port, services });
    expect(await screen.findByText(sv.invalidStored)).toBeInTheDocument();
    expect(screen.getByText(/Ogiltig inställning rounding\.perRow/)).toBeInTheDocument();
    expect(screen.getByText(/Ogiltig inställning actionPlan/)).toBeInTheDocument();
    await waitFor(() => expect(services.configs).toHaveLength(1));
    expect(services.configs[0]).toEqual(DEFAULT_CONFIG);

    await user.click(screen.getByRole("button", { name: sv.reset }));
    await waitFor(() => expect(screen.queryByText(sv.invalidStored)).not.toBeInTheDocument());
    expect(port.calls.saveSettings).toEqual([DEFAULT_CONFIG]);
  });

  test("invalid input is rejected with a message and nothing is saved", async () => {
    const { user, port } = renderPane();
    await user.click(await screen.findByRole("tab", { name: sv.tabs.settings }));
    const perRow = screen.getByLabelText(sv.roundingPerRow);
    await user.clear(perRow);
    await user.type(perRow, "mycket");
    const amount = screen.getByLabelText(sv.actionPlanAmount);
    await user.clear(amount);
    await user.type(amount, "-5");
    await user.click(screen.getByRole("button", { name: sv.save }));
    expect(await screen.findByText(sv.notANumber(sv.roundingPerRow))).toBeInTheDocument();
    expect(screen.getByText(sv.negative(sv.actionPlanAmount))).toBeInTheDocument();
    expect(port.calls.saveSettings).toHaveLength(0);
  });

  test("valid input (Swedish decimals, a sheet kind) is validated, saved and used by the next check", async () => {
    const { user, port, services } = (() => {
      const services = sampleServices();
      return { ...renderPane({ services }), services };
    })();
    await user.click(await screen.findByRole("tab", { name: sv.tabs.settings }));
    const perRow = screen.getByLabelText(sv.roundingPerRow);
    await user.clear(perRow);
    await user.type(perRow, "0,75");
    await user.selectOptions(screen.getByLabelText("Anteckningar"), "unknown");
    await user.selectOptions(screen.getByLabelText("Drift"), "sammanfattning");
    await user.click(screen.getByRole("button", { name: sv.save }));
    await screen.findByText(sv.saved);
    expect(port.calls.saveSettings).toHaveLength(1);
    expect(port.calls.saveSettings[0]).toMatchObject({
      rounding: { perRow: 0.75, minimum: 1 },
      actionPlan: { percent: 1, amountTkr: 1000 },
      sheets: { Anteckningar: { kind: "unknown" }, Drift: { kind: "sammanfattning" } },
    });
    await waitFor(() => expect(services.configs.at(-1)).toEqual(port.calls.saveSettings[0]));
  });
});

describe("task pane: errors and language", () => {
  test("a port error is shown in Swedish and the pane keeps working", async () => {
    const port = new FakePort(sampleGrids);
    const { user } = renderPane({ port });
    await screen.findByRole("list", { name: "Blad i arbetsboken" });
    port.failWith.readGrids = new PortError("AccessDenied", "Bladet är skyddat. Ta bort skyddet och försök igen.", "The sheet is protected.");
    await user.click(screen.getByRole("button", { name: sv.check }));
    expect(await screen.findByText("Bladet är skyddat. Ta bort skyddet och försök igen.")).toBeInTheDocument();
    expect(screen.getByText(sv.errorTitle)).toBeInTheDocument();

    delete port.failWith.readGrids;
    await user.click(screen.getByRole("button", { name: sv.check }));
    await screen.findByRole("heading", { name: "Resultat" });
  });

  test("an unexpected failure in the engine becomes a message, not a crash", async () => {
    const services = sampleServices({
      check: () => {
        throw new Error("oväntat");
      },
    });
    renderPane({ services, command: "check" });
    expect(await screen.findByText(sv.unexpected("oväntat"))).toBeInTheDocument();
    expect(screen.getByRole("button", { name: sv.check })).toBeEnabled();
  });

  test("English when Office's display language is English: labels and finding messages", async () => {
    const port = new FakePort(sampleGrids);
    const { user } = renderPane({ port, language: "en" });
    await user.click(await screen.findByRole("button", { name: "Check the workbook" }));
    await screen.findByRole("heading", { name: "Results" });
    for (const f of sampleFindings) expect(screen.getByText(f.messageEn)).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Goals" })).toBeInTheDocument();
    expect(within(screen.getByTestId("count-error")).getByText("Errors")).toBeInTheDocument();

    port.failWith.insertReport = new PortError("ApiNotSupported", "Den här Excel-versionen stöds inte.", "This Excel version is not supported.");
    await user.click(screen.getByRole("button", { name: "Insert report tables" }));
    expect(await screen.findByText("This Excel version is not supported.")).toBeInTheDocument();
  });
});
