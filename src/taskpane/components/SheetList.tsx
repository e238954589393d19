import { makeStyles, tokens } from "@fluentui/react-components";
import type { SheetInfo } from "../../domain";
import { useT } from "../i18n";
import { Pill } from "./StatusBadge";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold },
  reason: { flexBasis: "100%", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** What the engine made of each sheet, so a wrong guess is visible before anything is checked. */
export function SheetList({ sheets }: { sheets: readonly SheetInfo[] }) {
  const t = useT();
  const s = useStyles();
  if (sheets.length === 0) return <p>{t.noSheets}</p>;
  return (
    <ul className={s.list} aria-label={t.sheetsHeading}>
      {sheets.map((sheet) => (
        <li key={sheet.name} className={s.item}>
          <span className={s.name}>{sheet.name}</span>
          <Pill tone={sheet.kind === "unknown" ? "neutral" : "brand"}>{t.sheetKind[sheet.kind]}</Pill>
          {sheet.reason && <span className={s.reason}>{sheet.reason}</span>}
        </li>
      ))}
    </ul>
  );
}
