/**
 * Function file for the ribbon (manifest FunctionFile). Both Rapportkoll
 * buttons are ShowTaskpane actions, so nothing runs here; Office still loads
 * the page and waits for Office.onReady before it treats the add-in as ready.
 */
Office.onReady(() => {
  // Intentionally empty: the task pane does the work.
});
