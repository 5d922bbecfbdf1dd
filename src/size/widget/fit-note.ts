import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Translate } from './view-models.js';

type Runs = 'small' | 'large' | 'true-to-size';

/** Whether a chart (any value a host set) carries fit reports; one whose getters throw has none to show here. */
function hasReports(chart: unknown): boolean {
  try {
    const reports = chart && typeof chart === 'object' ? (chart as { fitFeedback?: unknown }).fitFeedback : undefined;
    return Array.isArray(reports) && reports.length > 0;
  } catch {
    return false;
  }
}

/**
 * The note beside the trigger when the chart's fit reports say the garment runs small or large: shoppers read it on
 * the product page before they size themselves. The judgement is the engine's (`howItRuns`), loaded only for a chart
 * that carries reports.
 */
export class FitNoteController implements ReactiveController {
  private runs: Runs | undefined;
  private judged: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly chart: () => unknown,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const chart = this.chart();
    if (chart === this.judged) return;
    this.judged = chart;
    if (!hasReports(chart)) return this.show(undefined);
    void import('../fit-summary.js').then(
      ({ chartRuns }) => this.judged === chart && this.show(chartRuns(chart)),
      () => this.judged === chart && this.show(undefined),
    );
  }

  render(t: Translate) {
    if (this.runs !== 'small' && this.runs !== 'large') return nothing;
    return html`<p part="fit-note" class="fit-note" role="note">${t(this.runs === 'small' ? 'size.noteRunsSmall' : 'size.noteRunsLarge')}</p>`;
  }

  private show(runs: Runs | undefined): void {
    if (runs === this.runs) return;
    this.runs = runs;
    this.host.requestUpdate();
  }
}
