/** What the ribbon asked for: the manifest opens taskpane.html?command=check or ?command=report. */
export type PaneCommand = "check" | "report" | undefined;

export function commandFromSearch(search: string): PaneCommand {
  const value = new URLSearchParams(search).get("command");
  return value === "check" || value === "report" ? value : undefined;
}
