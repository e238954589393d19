import { CheckResult } from "../domain/model";
import { Config } from "../domain/config";
import { checkWorkbook } from "../domain/engine";
import { readWorkbookFile, WorkbookReadError } from "./read-workbook";

/** What checking one file gave: the engine's result, or why the file could not be read. */
export type FileOutcome = { file: string; result: CheckResult } | { file: string; error: { sv: string; en: string } };

export async function checkFile(file: string, config: Config): Promise<FileOutcome> {
  try {
    const grids = await readWorkbookFile(file);
    return { file, result: checkWorkbook(grids, config) };
  } catch (e) {
    if (e instanceof WorkbookReadError) return { file, error: { sv: e.sv, en: e.en } };
    // Anything else is a bug in Rapportkoll, not in the file; still report it per file so the other files are checked.
    const detail = e instanceof Error ? e.message : String(e);
    return {
      file,
      error: {
        sv: `Filen kunde inte kontrolleras på grund av ett internt fel i Rapportkoll (${detail}).`,
        en: `The file could not be checked because of an internal error in Rapportkoll (${detail}).`,
      },
    };
  }
}
