/**
 * A remark on an indicator or goal in both languages. Notes are built from
 * parts in both languages at once, so the English output never falls back to
 * the Swedish text.
 */
export interface NoteText {
  sv: string;
  en: string;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Joins the non-empty parts with "; " and capitalises, in each language. */
export function joinNotes(parts: ReadonlyArray<NoteText | undefined>): { note?: string; noteEn?: string } {
  const p = parts.filter((x): x is NoteText => !!x && x.sv.trim() !== "");
  if (p.length === 0) return {};
  return { note: capitalise(p.map((x) => x.sv).join("; ")), noteEn: capitalise(p.map((x) => x.en).join("; ")) };
}

/** The note an indicator or goal already carries; an older result without `noteEn` keeps its Swedish text. */
export function existingNote(x: { note?: string; noteEn?: string }): NoteText | undefined {
  return x.note ? { sv: x.note, en: x.noteEn ?? x.note } : undefined;
}
