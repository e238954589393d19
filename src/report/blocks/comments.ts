import type { CommentDraft } from "../comments";
import { addRow, cell, draft, type DraftBlock } from "../draft";
import type { ReportLabels } from "../labels";

/** Points per line of wrapped 10-point text. */
const LINE_HEIGHT = 13;

/**
 * One drafted sentence per notable unit, the sentence merged across the
 * table's width so it reads as a paragraph. Row heights are set because no
 * application fits wrapped text in merged cells by itself.
 */
export function commentsBlock(drafts: readonly CommentDraft[], L: ReportLabels, lastCol: number, textWidthChars: number): DraftBlock {
  const d = draft("kommentarer");
  addRow(d, [cell(L.commentsTitle, "blockTitle"), ...Array.from({ length: lastCol }, () => cell(null, "blockTitle"))]);
  addRow(d, [cell(L.commentsIntro, "note")]);
  if (drafts.length === 0) {
    addRow(d, [cell(L.noComments, "text")]);
    return d;
  }
  const h = addRow(d, [cell(L.commentUnit, "header"), cell(null, "header"), cell(L.commentText, "header"), ...Array.from({ length: lastCol - 2 }, () => cell(null, "header"))]);
  d.merges.push({ top: h, left: 0, bottom: h, right: 1 }, { top: h, left: 2, bottom: h, right: lastCol });
  for (const c of drafts) {
    // Wrapped text needs roughly 10 % more room than its character count.
    const lines = Math.max(1, Math.ceil((c.text.length * 1.1) / Math.max(1, textWidthChars)));
    const i = addRow(d, [cell(c.unit, "text"), null, cell(c.text, "draft"), ...Array.from({ length: lastCol - 2 }, () => null)], lines * LINE_HEIGHT + 4);
    d.merges.push({ top: i, left: 0, bottom: i, right: 1 }, { top: i, left: 2, bottom: i, right: lastCol });
  }
  return d;
}
