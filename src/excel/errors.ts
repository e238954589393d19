import { PortError } from "./port";

/**
 * Office.js failures → PortError with our own Swedish and English text.
 * Office's messages are localized to the UI language and too technical, so
 * we branch on the non-localized `code` only.
 */
const MESSAGES: Record<string, { sv: string; en: string }> = {
  AccessDenied: {
    sv: "Bladet eller arbetsboken är skyddad, så Rapportkoll kan inte skriva i den. Ta bort skyddet (Granska > Ta bort skydd) och försök igen.",
    en: "The sheet or workbook is protected, so Rapportkoll cannot write to it. Unprotect it (Review > Unprotect) and try again.",
  },
  InvalidOperationInCellEditMode: {
    sv: "Excel redigerar en cell just nu. Tryck Retur eller Esc för att lämna cellen och försök igen.",
    en: "Excel is editing a cell. Press Enter or Esc to leave the cell and try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    sv: "Arbetsboken är för stor för att Excel ska kunna skicka den på en gång (Excel på webben tillåter 5 MB per anrop). Dela upp arbetsboken eller använd Excel för skrivbordet.",
    en: "The workbook is too large for Excel to send at once (Excel on the web allows 5 MB per request). Split the workbook or use Excel desktop.",
  },
  ApiNotFound: {
    sv: "Den här versionen av Excel saknar en funktion som Rapportkoll behöver (ExcelApi 1.7 eller senare). Uppdatera Excel eller använd Excel på webben.",
    en: "This version of Excel lacks a feature Rapportkoll needs (ExcelApi 1.7 or later). Update Excel or use Excel on the web.",
  },
  ItemNotFound: {
    sv: "Ett blad eller område som Rapportkoll letade efter finns inte längre; det kan ha bytt namn eller tagits bort. Kontrollera arbetsboken igen.",
    en: "A sheet or range Rapportkoll looked for no longer exists; it may have been renamed or deleted. Check the workbook again.",
  },
};

/** Codes that mean the same thing to the user, folded into the one we have text for. */
const ALIASES: Record<string, string> = {
  // "This host cannot do that."
  NotImplemented: "ApiNotFound",
  UnsupportedOperation: "ApiNotFound",
  UnsupportedFeature: "ApiNotFound",
  FunctionNotImplemented: "ApiNotFound",
  // Excel.ErrorCodes has the response-side twin of OfficeExtension's request limit.
  ResponsePayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
};

function codeOf(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && "code" in e) {
    const c = (e as { code: unknown }).code;
    if (typeof c === "string" && c !== "") return c;
  }
  return undefined;
}

export function toPortError(e: unknown): PortError {
  if (e instanceof PortError) return e;
  const raw = codeOf(e);
  const code = raw ? (ALIASES[raw] ?? raw) : "Unknown";
  const known = MESSAGES[code];
  if (known) return new PortError(code, known.sv, known.en);
  const detail = e instanceof Error ? e.message : String(e);
  return new PortError(
    code === "Unknown" ? "GeneralException" : code,
    `Excel kunde inte utföra åtgärden (${raw ?? "okänt fel"}). Försök igen; kvarstår felet, spara och öppna arbetsboken på nytt. Detalj: ${detail}`,
    `Excel could not complete the action (${raw ?? "unknown error"}). Try again; if it persists, save and reopen the workbook. Detail: ${detail}`,
  );
}

export function notSupported(): PortError {
  return toPortError({ code: "ApiNotFound" });
}

export function sheetProtected(sheet: string): PortError {
  return new PortError(
    "AccessDenied",
    `Bladet "${sheet}" är skyddat, så Rapportkoll kan inte ändra det. Ta bort skyddet (Granska > Ta bort bladskydd) och försök igen.`,
    `The sheet "${sheet}" is protected, so Rapportkoll cannot change it. Unprotect it (Review > Unprotect Sheet) and try again.`,
  );
}

export function workbookProtected(): PortError {
  return new PortError(
    "AccessDenied",
    "Arbetsbokens struktur är skyddad, så Rapportkoll kan inte lägga till ett rapportblad. Ta bort skyddet (Granska > Skydda arbetsbok) och försök igen.",
    "The workbook's structure is protected, so Rapportkoll cannot add a report sheet. Unprotect it (Review > Protect Workbook) and try again.",
  );
}

/**
 * Too large a request while marking cells: the number of marks, not the
 * workbook's size, is what the user can change.
 */
export function tooManyMarks(count: number): PortError {
  return new PortError(
    "RequestPayloadSizeLimitExceeded",
    `Det blev för många markeringar (${count} celler) för att Excel ska ta emot dem. Åtgärda eller filtrera bort en del av fynden och markera igen.`,
    `There were too many marks (${count} cells) for Excel to accept. Fix or filter out some of the findings and mark again.`,
  );
}
