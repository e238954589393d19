/**
 * @jest-environment jsdom
 */
import "./testing/jsdom-setup";
import { cleanup, render, screen } from "@testing-library/react";
import { App } from "./App";
import { commandFromSearch } from "./command";
import { messages } from "./i18n";
import { FakePort } from "./testing/fake-port";
import { sampleGrids, sampleServices } from "./testing/sample";

/**
 * The two ribbon buttons share one TaskpaneId. With the pane open, choosing
 * the other button makes Office replace the pane's contents with that
 * button's SourceLocation (manifest reference, Action/TaskpaneId; see
 * docs/addin.md), i.e. a new page and a new mount with the new ?command=.
 */
const sv = messages.sv;
const pane = (port: FakePort, search: string) => (
  <App port={port} services={sampleServices()} language="sv" theme="light" command={commandFromSearch(search)} />
);

describe("ribbon commands and the open pane", () => {
  test("Kontrollera, then Rapport while the pane is open: the replaced page inserts the report", async () => {
    const port = new FakePort(sampleGrids);
    render(pane(port, "?command=check"));
    await screen.findByRole("heading", { name: "Resultat" });
    expect(port.calls.insertReport).toHaveLength(0);

    // Office loads the other SourceLocation into the same container: the old page goes, a new one mounts.
    cleanup();
    render(pane(port, "?command=report"));
    await screen.findByText(sv.reportInserted("Rapport"));
    expect(port.calls.insertReport).toHaveLength(1);
  });

  test("a re-render of the mounted pane does not repeat the ribbon's command", async () => {
    const port = new FakePort(sampleGrids);
    const { rerender } = render(pane(port, "?command=report"));
    await screen.findByText(sv.reportInserted("Rapport"));
    const reads = port.calls.readGrids;
    rerender(pane(port, "?command=report"));
    rerender(<App port={port} services={sampleServices()} language="sv" theme="dark" command="report" />);
    expect(screen.getByText(sv.reportInserted("Rapport"))).toBeInTheDocument();
    expect(port.calls.insertReport).toHaveLength(1);
    expect(port.calls.readGrids).toBe(reads);
  });
});
