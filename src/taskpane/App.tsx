import { useCallback, useEffect, useRef, useState } from "react";
import { Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Config, Finding } from "../domain";
import type { WorkbookPort } from "../excel/port";
import type { PaneCommand } from "./command";
import { BusyIndicator } from "./components/BusyIndicator";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Notice, type NoticeValue } from "./components/Notice";
import { panelId, tabId, Tabs } from "./components/Tabs";
import { LanguageContext, messages, useLanguage, useT, type Language } from "./i18n";
import { CheckPage } from "./pages/CheckPage";
import { GoalsPage } from "./pages/GoalsPage";
import { SettingsPage } from "./pages/SettingsPage";
import type { PaneServices } from "./services";
import { userMessage } from "./state/errors";
import { useSettings, type SaveOutcome } from "./state/settings";
import { useWorkbook } from "./state/workbook";
import { fluentTheme, type ThemeName } from "./theme";

export interface AppProps {
  port: WorkbookPort;
  services: PaneServices;
  language: Language;
  theme: ThemeName;
  command?: PaneCommand;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

type TabName = "check" | "goals" | "settings";

export function App(props: AppProps) {
  return (
    <LanguageContext.Provider value={props.language}>
      <FluentProvider theme={fluentTheme(props.theme)}>
        <ErrorBoundary t={messages[props.language]}>
          <Pane port={props.port} services={props.services} command={props.command} />
        </ErrorBoundary>
      </FluentProvider>
    </LanguageContext.Provider>
  );
}

function Pane({ port, services, command }: { port: WorkbookPort; services: PaneServices; command?: PaneCommand }) {
  const t = useT();
  const language = useLanguage();
  const s = useStyles();
  const [tab, setTab] = useState<TabName>("check");
  const [notice, setNotice] = useState<NoticeValue | null>(null);

  const onError = useCallback((error: unknown) => setNotice({ intent: "error", title: t.errorTitle, text: userMessage(error, language) }), [t, language]);
  const settings = useSettings(port, onError);
  const workbook = useWorkbook(port, services, onError);

  const insertReport = useCallback(
    async (config: Config) => {
      const sheetName = await workbook.insertReport(config, language);
      if (sheetName) setNotice({ intent: "success", text: t.reportInserted(sheetName) });
    },
    [workbook, language, t],
  );

  // Opening the pane: settings first (they decide how sheets are read), then what the ribbon asked for.
  // Only at mount: the other ribbon button makes Office load its URL into this pane (a new mount); a second
  // click on the same button is not documented to reload (docs/addin.md, "Ribbon commands while the pane is open").
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      const config = await settings.load();
      if (command === "check") await workbook.check(config);
      else if (command === "report") await insertReport(config);
      else await workbook.recognise(config);
    })();
  }, []);

  const onCheck = () => {
    setNotice(null);
    void workbook.check(settings.config);
  };
  const onMark = async (findings: readonly Finding[]) => {
    if (await workbook.mark(findings)) setNotice({ intent: "success", text: t.marksAdded(findings.length) });
  };
  const onClearMarks = async () => {
    if (await workbook.clearMarks()) setNotice({ intent: "success", text: t.marksCleared });
  };
  // New settings change how sheets are read: show their effect at once.
  const rereadWith = async (outcome: SaveOutcome) => {
    if (outcome.ok) {
      if (workbook.result) await workbook.check(outcome.config);
      else await workbook.recognise(outcome.config);
    }
    return outcome;
  };
  const onSave = async (input: unknown) => rereadWith(await settings.save(input));
  const onReset = async () => rereadWith(await settings.reset());

  return (
    <main className={s.root}>
      <h1 className={s.title}>{t.appTitle}</h1>
      {settings.storedInvalid && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t.invalidStored}
            <ul>
              {settings.storedInvalid.map((e) => (
                <li key={e.path}>{language === "en" ? e.en : e.sv}</li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void onReset()}>{t.reset}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notice && <Notice notice={notice} onDismiss={() => setNotice(null)} />}
      {workbook.busy && <BusyIndicator busy={workbook.busy} />}
      <Tabs<TabName>
        label={t.tabListLabel}
        selected={tab}
        onSelect={setTab}
        items={[
          { value: "check", label: t.tabs.check },
          { value: "goals", label: t.tabs.goals },
          { value: "settings", label: t.tabs.settings },
        ]}
      />
      <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
        {tab === "check" && (
          <CheckPage
            sheets={workbook.sheets}
            result={workbook.result}
            busy={workbook.busy !== null}
            onCheck={onCheck}
            onInsertReport={() => {
              setNotice(null);
              void insertReport(settings.config);
            }}
            onSelect={(f) => void workbook.select(f)}
            onMark={(f) => void onMark(f)}
            onClearMarks={() => void onClearMarks()}
          />
        )}
        {tab === "goals" && <GoalsPage result={workbook.result} />}
        {tab === "settings" && <SettingsPage config={settings.config} sheets={workbook.sheets} result={workbook.result} onSave={onSave} onReset={onReset} />}
      </div>
    </main>
  );
}
