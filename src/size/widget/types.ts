// Types shared by the size helper's small element module and its lazily loaded panel. Types only: importing this
// file costs nothing at run time.
import type { ReactiveControllerHost, CSSResult, TemplateResult } from 'lit';
import type { LocaleController } from '../../i18n/locale-controller.js';
import type { SizeHelperErrorDetail, SizeRecommendedDetail } from '../../internal/events.js';

export type UnitSystem = 'metric' | 'imperial';

// The details of the size helper's events are declared with every other event in src/internal/events.ts.
export type { SharedProfile, SizeHelperErrorDetail, SizeRecommendedDetail, SizeRequestDetail } from '../../internal/events.js';

/** What the panel needs from the element that hosts it. */
export interface PanelHost extends ReactiveControllerHost, HTMLElement {
  readonly i18n: LocaleController;
  /** The product the panel is sizing for (own `product-id`, or the requesting buy button's). */
  readonly activeProductId: string;
  readonly shareProfile: boolean;
  /** `system` attribute: '' or a size system name. */
  readonly system: string;
  /** `units` attribute: '' | 'metric' | 'imperial'. */
  readonly units: string;
  /** Sends `shoplive-size-recommended` and closes the panel. */
  chooseSize(detail: SizeRecommendedDetail): void;
  /** Speaks a message through the panel's polite live region. */
  announce(message: string): void;
  reportProblem(detail: Omit<SizeHelperErrorDetail, 'fatal'>): void;
}

/** The panel's content: form, result, table or message. Lives in the lazy chunk. */
export interface PanelView {
  /** Hands the panel a chart (raw seller JSON) or none; `key` identifies where it came from. */
  setChart(chart: unknown, key: string): void;
  render(): TemplateResult;
  /** Moves focus to where the shopper should start (first field, or the result). */
  focusStart(): void;
}

/** The lazily imported module: the engine, floating-ui and the panel, in one chunk. */
export interface PanelModule {
  createPanel(host: PanelHost): PanelView;
  /** Keeps `panel` next to `anchor` (or a bottom sheet on narrow screens) until the returned function is called. */
  keepPositioned(anchor: Element, panel: HTMLElement): () => void;
  panelStyles: CSSResult;
}
