import type { CommentDraft } from "../comments";
import { addRow, cell, draft, type DraftBlock } from "../draft";
import type { ReportLabels } from "../labels";

/**
 * One drafted sentence per notable unit, the sentence merged across the
 * table's width so it reads as a paragraph (buildReport sets the row heights).
 */
export function commentsBlock(drafts: readonly CommentDraft[], L: ReportLabels, lastCol: number): DraftBlock {
  const d = draft("kommentarer");
  addRow(d, [cell(L.commentsTitle, "blockTitle"), ...Array.from({ length: lastCol }, () => cell(null, "blockTitle"))]);
  addRow(d, [cell(L.commentsIntro, "note")]);
  if (drafts.length === 0) {
    addRow(d, [cell(L.noComments, "text")]);
    return d;
  }
  const h = addRow(d, [
    cell(L.commentUnit, "header"),
    cell(null, "header"),
    cell(L.commentText, "header"),
    ...Array.from({ length: lastCol - 2 }, () => cell(null, "header")),
  ]);
  d.merges.push({ top: h, left: 0, bottom: h, right: 1 }, { top: h, left: 2, bottom: h, right: lastCol });
  for (const c of drafts) {
    const i = addRow(d, [cell(c.unit, "text"), null, cell(c.text, "draft"), ...Array.from({ length: lastCol - 2 }, () => null)]);
    d.merges.push({ top: i, left: 0, bottom: i, right: 1 }, { top: i, left: 2, bottom: i, right: lastCol });
  }
  return d;
}
