import { useCallback, useState } from "react";
import { DEFAULT_CONFIG, parseConfig, type Config } from "../../domain";
import type { WorkbookPort } from "../../excel/port";

export type SettingsIssue = { path: string; sv: string; en: string };

export interface SettingsState {
  config: Config;
  /** Set when the workbook's stored settings failed validation (defaults are in use meanwhile). */
  storedInvalid: SettingsIssue[] | null;
  loaded: boolean;
}

export type SaveOutcome = { ok: true; config: Config } | { ok: false; errors: SettingsIssue[] };

/** Settings live in the workbook; everything read from there goes through the zod schema first. */
export function useSettings(port: WorkbookPort, onError: (error: unknown) => void) {
  const [state, setState] = useState<SettingsState>({ config: DEFAULT_CONFIG, storedInvalid: null, loaded: false });

  const load = useCallback(async (): Promise<Config> => {
    try {
      const raw = await port.loadSettings();
      if (raw === undefined || raw === null) {
        setState({ config: DEFAULT_CONFIG, storedInvalid: null, loaded: true });
        return DEFAULT_CONFIG;
      }
      const parsed = parseConfig(raw);
      if (parsed.ok) {
        setState({ config: parsed.config, storedInvalid: null, loaded: true });
        return parsed.config;
      }
      setState({ config: DEFAULT_CONFIG, storedInvalid: parsed.errors, loaded: true });
      return DEFAULT_CONFIG;
    } catch (error) {
      onError(error);
      setState((s) => ({ ...s, loaded: true }));
      return DEFAULT_CONFIG;
    }
  }, [port, onError]);

  const save = useCallback(
    async (input: unknown): Promise<SaveOutcome> => {
      const parsed = parseConfig(input);
      if (!parsed.ok) return { ok: false, errors: parsed.errors };
      try {
        await port.saveSettings(parsed.config);
      } catch (error) {
        onError(error);
        return { ok: false, errors: [] };
      }
      setState({ config: parsed.config, storedInvalid: null, loaded: true });
      return { ok: true, config: parsed.config };
    },
    [port, onError],
  );

  const reset = useCallback(() => save(DEFAULT_CONFIG), [save]);

  return { ...state, load, save, reset };
}
