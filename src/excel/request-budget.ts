/**
 * Excel on the web refuses a request over 5 MB, and Office.js sends every
 * queued call of a batch in the one request at `context.sync()`. Writers that
 * may queue a lot (the report, the marks) pack their calls under a budget.
 */

/** One write sync stays under this estimate, well inside the 5 MB limit. */
export const DEFAULT_WRITE_BUDGET_BYTES = 4_000_000;
/**
 * Estimated request bytes per queued call, on top of its argument's JSON:
 * Office.js sends an action (~85 bytes) and the object paths it navigates
 * (~70-115 bytes each, a new range plus its format/font), so this errs high.
 */
export const BYTES_PER_CALL = 200;

/**
 * Packs the write calls into requests under the budget: `reserve` syncs first
 * when the next piece would not fit. Writes under the budget are one request.
 */
export class RequestBudget {
  private bytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    readonly budget: number,
  ) {}
  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) {
      await this.context.sync();
      this.bytes = 0;
    }
    this.bytes += bytes;
  }
}
