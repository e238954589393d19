import { PortError } from "../../excel/port";
import { messages, type Language } from "../i18n";

/** The one place where any failure becomes a sentence for the user in their language. */
export function userMessage(error: unknown, language: Language): string {
  if (error instanceof PortError) return language === "en" ? error.messageEn : error.messageSv;
  // A PortError from another bundle copy (or serialised) still carries both messages.
  if (typeof error === "object" && error !== null && "messageSv" in error && "messageEn" in error) {
    const e = error as { messageSv: unknown; messageEn: unknown };
    if (typeof e.messageSv === "string" && typeof e.messageEn === "string") return language === "en" ? e.messageEn : e.messageSv;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return messages[language].unexpected(detail);
}
