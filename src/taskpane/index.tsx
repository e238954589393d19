import { createRoot } from "react-dom/client";
import { checkWorkbook } from "../domain";
import { OfficeWorkbookPort } from "../excel/office-workbook";
import { buildReport } from "../report/build";
import { App } from "./App";
import { commandFromSearch } from "./command";
import { languageFor } from "./i18n";
import { isoToday, type PaneServices } from "./services";
import { themeNameFor } from "./theme";

/* global document, window, Office */

const services: PaneServices = { check: checkWorkbook, buildReport, today: () => isoToday() };

// The only place the pane touches Office.js directly: language, theme and the port.
void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const language = languageFor(Office.context?.displayLanguage);
  // Read once: Excel has no theme-change event (OfficeThemeChanged is Outlook's, Mailbox 1.14); see docs/addin.md.
  const theme = themeNameFor(Office.context?.officeTheme?.bodyBackgroundColor);
  document.documentElement.lang = language;
  createRoot(container).render(
    <App port={new OfficeWorkbookPort()} services={services} language={language} theme={theme} command={commandFromSearch(window.location.search)} />,
  );
});
