import { useRef, type KeyboardEvent } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

/*
 * A small ARIA tab strip (roving tabindex, arrow keys, Home/End) instead of
 * Fluent's TabList: the pane needs three static tabs, and TabList with its
 * focus manager and motion costs about a tenth of the 200 KB bundle budget.
 */

const useStyles = makeStyles({
  list: { display: "flex", columnGap: tokens.spacingHorizontalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    backgroundColor: "transparent",
    border: "none",
    borderBottom: "3px solid transparent",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorBrandStroke1 },
});

export interface TabItem<T extends string> {
  value: T;
  label: string;
}

export function tabId(value: string): string {
  return `rk-tab-${value}`;
}

export function panelId(value: string): string {
  return `rk-panel-${value}`;
}

export function Tabs<T extends string>(props: { items: readonly TabItem<T>[]; selected: T; onSelect: (value: T) => void; label: string }) {
  const s = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const { items, selected, onSelect } = props;

  const move = (e: KeyboardEvent, index: number) => {
    const last = items.length - 1;
    const next =
      e.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : e.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? last
              : -1;
    if (next === -1) return;
    e.preventDefault();
    onSelect(items[next].value);
    refs.current[next]?.focus();
  };

  return (
    <div role="tablist" aria-label={props.label} className={s.list}>
      {items.map((item, i) => {
        const isSelected = item.value === selected;
        return (
          <button
            key={item.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            id={tabId(item.value)}
            type="button"
            role="tab"
            aria-selected={isSelected}
            aria-controls={panelId(item.value)}
            tabIndex={isSelected ? 0 : -1}
            className={isSelected ? `${s.tab} ${s.selected}` : s.tab}
            onClick={() => onSelect(item.value)}
            onKeyDown={(e) => move(e, i)}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}
