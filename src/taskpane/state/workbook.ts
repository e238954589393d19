import { useCallback, useRef, useState } from "react";
import type { CheckResult, Config, Finding, Grid, SheetInfo } from "../../domain";
import type { WorkbookPort } from "../../excel/port";
import type { Language } from "../i18n";
import type { PaneServices } from "../services";

export type Busy = { kind: "reading"; done: number; total: number } | { kind: "checking" } | { kind: "inserting" } | { kind: "marking" } | null;

export interface WorkbookState {
  /** Sheets as recognised, from opening the pane or the last check. */
  sheets: SheetInfo[] | null;
  /** The last explicit check; null until the user (or ?command=check) asks. */
  result: CheckResult | null;
  busy: Busy;
}

/** Lets React paint the progress before the synchronous engine blocks the thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reading, checking and writing back: everything the pane does with the workbook itself. */
export function useWorkbook(port: WorkbookPort, services: PaneServices, onError: (error: unknown) => void) {
  const [state, setState] = useState<WorkbookState>({ sheets: null, result: null, busy: null });
  // One workbook operation at a time: a second click while reading must not start a second read.
  const running = useRef(false);

  const setBusy = (busy: Busy) => setState((s) => ({ ...s, busy }));

  const exclusive = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      try {
        return await work();
      } catch (error) {
        onError(error);
        return undefined;
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [onError],
  );

  const readAndCheck = useCallback(
    async (config: Config): Promise<CheckResult> => {
      setBusy({ kind: "reading", done: 0, total: 0 });
      const grids: Grid[] = await port.readGrids((done, total) => setBusy({ kind: "reading", done, total }));
      setBusy({ kind: "checking" });
      await nextFrame();
      return services.check(grids, config);
    },
    [port, services],
  );

  /** On open: which sheets are recognised, without showing findings yet. */
  const recognise = useCallback(
    (config: Config) =>
      exclusive(async () => {
        const result = await readAndCheck(config);
        setState((s) => ({ ...s, sheets: result.sheets }));
        return result;
      }),
    [exclusive, readAndCheck],
  );

  const check = useCallback(
    (config: Config) =>
      exclusive(async () => {
        const result = await readAndCheck(config);
        setState((s) => ({ ...s, sheets: result.sheets, result }));
        return result;
      }),
    [exclusive, readAndCheck],
  );

  const insertReport = useCallback(
    (config: Config, language: Language) =>
      exclusive(async () => {
        // Always from the workbook as it is now: the user may have edited it since the last check.
        const result = await readAndCheck(config);
        setState((s) => ({ ...s, sheets: result.sheets, result }));
        setBusy({ kind: "inserting" });
        const workbookName = await port.workbookName();
        const spec = services.buildReport(result, { workbookName, date: services.today(), language });
        const { sheetName } = await port.insertReport(spec);
        return sheetName;
      }),
    [exclusive, readAndCheck, port, services],
  );

  const mark = useCallback(
    (findings: readonly Finding[]) =>
      exclusive(async () => {
        setBusy({ kind: "marking" });
        await port.markFindings(findings);
        return true;
      }),
    [exclusive, port],
  );

  const clearMarks = useCallback(
    () =>
      exclusive(async () => {
        setBusy({ kind: "marking" });
        await port.clearMarks();
        return true;
      }),
    [exclusive, port],
  );

  /** Navigation is not exclusive: selecting cells while nothing else runs is cheap and harmless. */
  const select = useCallback(
    async (finding: Finding) => {
      try {
        await port.selectCells(finding.sheet, [finding.cell, ...(finding.related ?? [])]);
      } catch (error) {
        onError(error);
      }
    },
    [port, onError],
  );

  return { ...state, recognise, check, insertReport, mark, clearMarks, select };
}
