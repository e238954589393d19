import { goalAgreement, type CheckResult } from "../../domain";
import { addRow, cell, draft, type DraftBlock } from "../draft";
import type { ReportLabels } from "../labels";
import { STATUS_STYLE } from "../status";

/**
 * Måluppfyllelse: one row per nämndmål. Status cells carry the word as well
 * as the colour, and a conflict is written out in its own column, so nothing
 * depends on seeing colour. What counts as a conflict is the engine's
 * status-conflict finding (goalAgreement), the same in the CLI and the pane.
 */
export function goalsBlock(result: CheckResult, L: ReportLabels): DraftBlock {
  const d = draft("maluppfyllelse");
  addRow(d, [cell(L.goalsTitle, "blockTitle"), ...Array.from({ length: 5 }, () => cell(null, "blockTitle"))]);
  addRow(d, [
    cell(L.malomrade, "header"),
    cell(L.namndmal, "header"),
    cell(L.stated, "header"),
    cell(L.computed, "header"),
    cell(L.indicatorsMet, "header"),
    cell(L.remark, "header"),
  ]);
  for (const g of result.goals) {
    const met = g.indicators.filter((i) => i.status === "uppfyllt").length;
    const agreement = goalAgreement(g, result.findings);
    const conflict = agreement.kind === "conflict";
    const statedCell =
      g.stated === null
        ? cell(L.notStated, "text", { styles: ["note"] })
        : // The stated word keeps its own colours (dark red on green read as two signals at once); "⚠" in the same dark text marks the conflict.
          cell(conflict ? `⚠ ${L.status[g.stated]}` : L.status[g.stated], STATUS_STYLE[g.stated], {
            note: g.statedRaw && g.statedRaw !== L.status[g.stated] ? L.quote(g.statedRaw) : undefined,
          });
    const unknown = g.indicators.filter((i) => i.directionUnknown).map((i) => i.name);
    const unknownNote = unknown.length ? `${L.directionUnknown}: ${[...new Set(unknown)].join("; ")}` : undefined;
    const computedNote =
      [g.decisive?.length ? g.decisive.join("; ") : L.language === "en" ? (g.noteEn ?? g.note) : g.note, unknownNote].filter(Boolean).join("\n") || undefined;
    addRow(d, [
      cell(g.malomrade ?? "", "text", { styles: ["draft"] }),
      cell(g.goal, "text", { styles: ["draft"], note: g.description }),
      statedCell,
      cell(L.status[g.computed], STATUS_STYLE[g.computed], { note: computedNote }),
      cell(g.indicators.length ? L.metOf(met, g.indicators.length) : "–", "number"),
      conflict
        ? cell(L.conflict, "conflict", { note: L.conflictNote })
        : agreement.kind === "differs"
          ? cell(L.differs, "text", { note: L.differsNote })
          : null,
    ]);
  }
  return d;
}
