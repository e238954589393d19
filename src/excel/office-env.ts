/**
 * The two Office.js entry points the adapter uses, behind a seam so tests and
 * the browser demo can hand in a fake Excel, and so the globals are read at
 * call time (office.js may load after this module).
 */
export interface OfficeEnv {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported("ExcelApi", version)`. */
  supportsExcelApi(version: string): boolean;
}

/** The minimum the manifest declares; everything newer is optional and checked at run time. */
export const MIN_EXCEL_API = "1.7";

/** Optional newer APIs and the set that brings each. */
export const OPTIONAL_API = {
  /** Range.getRowProperties (hidden rows in one call), getCellProperties (fills), Worksheet.getRanges. */
  rowProperties: "1.9",
  cellProperties: "1.9",
  getRanges: "1.9",
  /** Range.getMergedAreasOrNullObject. */
  mergedAreas: "1.13",
} as const;

interface ExcelLike {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}
interface OfficeLike {
  context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
}

/** An env over given Excel/Office objects (the real ones or a fake's). */
export function officeEnv(excel: ExcelLike, office: OfficeLike): OfficeEnv {
  return {
    run: (batch) => excel.run(batch),
    supportsExcelApi: (version) => {
      try {
        return office.context.requirements.isSetSupported("ExcelApi", version);
      } catch {
        return false;
      }
    },
  };
}

/** The env over the page's globals, looked up on each call. */
export function globalOfficeEnv(): OfficeEnv {
  // A getter, so a missing Office global throws inside officeEnv's try and reads as "not supported".
  return officeEnv(
    { run: (batch) => Excel.run(batch) },
    {
      get context() {
        return Office.context;
      },
    },
  );
}
