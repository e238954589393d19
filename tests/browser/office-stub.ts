/**
 * Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in
 * the browser test: defines the globals `Office` and `Excel` from the in-memory
 * fake Excel, holding the Kommunstyrelsen 2019 example workbook. The page's
 * hash picks language and theme: `#lang=en-US&bg=%23262626`.
 */
import { ks2019FinancialGrids } from "../../src/fixtures/ks2019-financial";
import { ks2019GoalGrids } from "../../src/fixtures/ks2019-goals";
import { createFakeExcel } from "../support/fake-excel";

const params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
const fake = createFakeExcel([...ks2019FinancialGrids(), ...ks2019GoalGrids()], {
  workbookName: "Kommunstyrelsen 2019.xlsx",
  displayLanguage: params.get("lang") ?? "sv-SE",
});
const bg = params.get("bg") ?? "#FFFFFF";
const dark = bg.toLowerCase() !== "#ffffff";
const office = fake.Office as typeof fake.Office & { context: { officeTheme?: unknown } };
office.context.officeTheme = {
  bodyBackgroundColor: bg,
  bodyForegroundColor: dark ? "#FFFFFF" : "#000000",
  controlBackgroundColor: bg,
  controlForegroundColor: dark ? "#FFFFFF" : "#000000",
};

const w = window as unknown as Record<string, unknown>;
w.Office = office;
w.Excel = fake.Excel;
// For the test to look at what the pane did to the workbook.
w.__fakeExcelState = fake.state;
