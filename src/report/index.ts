/** The report's public surface: the spec types, the builder, the styles and the drafted comments. */
export * from "./spec";
export { buildReport, type BuildReportOptions } from "./build";
export { REPORT_COLORS, REPORT_FONT, REPORT_STYLES, mergeStyles } from "./styles";
export { draftComments, draftSentence, formatAmount, type CommentDraft } from "./comments";
