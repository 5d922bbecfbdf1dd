// Types shared by the size helper's small element module and its lazily loaded panel. Types only: importing this
// file costs nothing at run time.
import type { ReactiveControllerHost, CSSResult, TemplateResult } from 'lit';
import type { LocaleController } from '../../i18n/locale-controller.js';
import type { FitPreference, Sex } from '../types.js';
import type { SizeSystem } from '../systems/types.js';

export type UnitSystem = 'metric' | 'imperial';

/** Detail of `shoplive-size-recommended`: the shopper chose a size ("Use this size"). */
export interface SizeRecommendedDetail {
  /** The helper's `product-id`, or the one of the buy button that asked. */
  productId: string;
  /** The size as the product's chart names it ("M"): what a buy button selects. */
  label: string;
  /** 0..1: the calibrated probability that `label` is right. */
  confidence: number;
  /** The size system the shopper was shown (`US`, `CN`, ...). */
  system: SizeSystem;
  /** The size in that system ("6", "M (165/88A)"), or null when it cannot be converted. */
  systemLabel: string | null;
  /** Only with `share-profile`: what the shopper entered, in cm and kg. */
  profile?: SharedProfile;
}

export interface SharedProfile {
  heightCm: number;
  weightKg: number;
  sex?: Sex;
  age?: number;
  fit: FitPreference;
}

/** Detail of `shoplive-size-request`, sent by a buy button that wants a size. */
export interface SizeRequestDetail {
  productId: string;
  /** The product's size chart, used when the helper has none of its own. */
  sizeChart?: unknown;
  /** The sizes the product is sold in (informational). */
  sizes?: readonly string[];
}

/** Non-fatal problems of a size helper, sent as `shoplive-error` (`fatal: false`). */
export interface SizeHelperErrorDetail {
  code: 'size-chart-invalid' | 'size-chart-load' | 'size-helper-load';
  message: string;
  fatal: false;
}

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
