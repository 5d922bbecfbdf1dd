import { adoptStyles, html, nothing, type LitElement, type PropertyValues } from 'lit';
import { composedContains } from '../../internal/composed-ancestors.js';
import { log } from '../../internal/log.js';
import { ShopliveElement } from '../../internal/shoplive-element.js';
import { checkUrl } from '../../internal/url-guard.js';
import type { MessageKey } from '../../i18n/en.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { fetchChart } from './chart-fetch.js';
import { FitNoteController } from './fit-note.js';
import { SIZE_HELPER_EVENTS } from './constants.js';
import { deepActiveElement, trapTab } from './focus.js';
import { closeIcon, rulerIcon } from './icons.js';
import { placeRoughly } from './layout.js';
import { sizeHelperStyles } from './size-helper.styles.js';
import type { PanelHost, PanelModule, PanelView, SizeHelperErrorDetail, SizeRecommendedDetail, SizeRequestDetail } from './types.js';
import { sizeMessages } from './messages/index.js';

type Status = 'idle' | 'loading' | 'ready' | 'load-error' | 'chart-error';

/** Every connected helper: a buy button's `shoplive-size-request` goes to the best match among them. */
const connected = new Set<ShopliveSizeHelper>();

function onSizeRequest(event: CustomEvent<SizeRequestDetail>): void {
  // Anyone on the page can send one: the detail is checked, not trusted.
  const detail: Partial<SizeRequestDetail> | null = event.detail;
  const productId = detail?.productId;
  if (!detail || typeof productId !== 'string' || event.defaultPrevented) return;
  const helpers = [...connected];
  const helper = helpers.find((each) => each.productId === productId) ?? helpers.find((each) => !each.productId);
  if (!helper) return;
  // Tells the button that a helper took the request (when it made the event cancelable).
  event.preventDefault();
  const origin = event.composedPath()[0];
  helper.openForRequest({ ...detail, productId }, origin instanceof HTMLElement ? origin : undefined);
}

function track(helper: ShopliveSizeHelper, on: boolean): void {
  const before = connected.size;
  if (on) connected.add(helper);
  else connected.delete(helper);
  if (!before && connected.size) document.addEventListener(SIZE_HELPER_EVENTS.request, onSizeRequest);
  if (before && !connected.size) document.removeEventListener(SIZE_HELPER_EVENTS.request, onSizeRequest);
}

/**
 * "Find my size": recommends a size for one product from the shopper's height and weight, shows how sure it is and
 * how it will fit, and gives the size in the shopper's own size system. This module only draws the trigger; the
 * engine, floating-ui and the panel load on first open.
 *
 * @event shoplive-size-recommended - The shopper chose a size ("Use this size"); `profile` only with `share-profile` and the shopper's consent. {SizeRecommendedDetail}
 * @event shoplive-error - Non-fatal: an unusable size chart, or a chart or the panel's code that could not load. {SizeHelperErrorDetail}
 *
 * @csspart trigger - The "Find my size" button.
 * @csspart panel - The dialog (a popover next to its anchor, a bottom sheet at 480 px wide and below).
 * @csspart header - Title row of the panel.
 * @csspart title - The panel's heading.
 * @csspart close-button - Closes the panel.
 * @csspart body - The panel's scrolling content.
 * @csspart loading - "Loading the size guide…" while the panel's code and the chart load.
 * @csspart message - A message instead of a form (no chart, an unusable chart, a load error).
 * @csspart retry-button - "Try again" after a failed load.
 * @csspart form - The height/weight form.
 * @csspart field - One labelled field of the form.
 * @csspart input - One input or select of the form.
 * @csspart error - A field's validation message.
 * @csspart units - The metric/imperial toggle.
 * @csspart fit - The fit preference (snug, regular, loose).
 * @csspart remember - The "Remember me on this device" row.
 * @csspart forget-button - "Forget me": deletes the remembered profile.
 * @csspart submit-button - "Find my size" at the end of the form.
 * @csspart result - The result view.
 * @csspart size - The recommended size.
 * @csspart confidence - How sure the recommendation is (a meter and words).
 * @csspart between - The line shown when the shopper is between two sizes, with both probabilities.
 * @csspart boundary - "M fits, close to its upper limit at waist and hip; L gives room".
 * @csspart fit-note - Beside the trigger: "Most buyers say this runs small" (or large), from the chart's fit reports.
 * @csspart fit-feedback - What fit reports changed ("Most buyers say this runs small — we picked one size up").
 * @csspart reference-used - "Also based on the size you wear elsewhere".
 * @csspart reference - The optional "Do you know your size in another brand?" step (a disclosure).
 * @csspart notes - How each measurement will fit.
 * @csspart caveat - One caveat (outside the data, age, clamped to the chart).
 * @csspart model - What the product's model wears.
 * @csspart system - The size-system row.
 * @csspart system-select - The size-system choice.
 * @csspart system-size - The size in the chosen system.
 * @csspart details - "How we estimate".
 * @csspart share - The consent checkbox to share the entries with the shop (only with `share-profile`).
 * @csspart use-button - "Use this size".
 * @csspart edit-button - Back to the form.
 * @csspart table - The plain size table of a chart that cannot be used for a recommendation.
 *
 * @cssproperty --shoplive-accent - Buttons, focus rings and selected options.
 * @cssproperty --shoplive-on-accent - Text on accent-coloured buttons.
 * @cssproperty --shoplive-focus-ring - Focus outline colour (the accent by default).
 * @cssproperty --shoplive-radius - Corner radius shared by every element (the panel's own radius falls back to it).
 * @cssproperty --shoplive-font - Font of the trigger and the panel.
 * @cssproperty --shoplive-size-background - Panel background.
 * @cssproperty --shoplive-size-color - Panel text colour.
 * @cssproperty --shoplive-size-muted - Secondary text colour.
 * @cssproperty --shoplive-size-border - Borders of the panel and its inputs.
 * @cssproperty --shoplive-size-error - Colour of validation messages.
 * @cssproperty --shoplive-size-radius - Corner radius of the panel.
 * @cssproperty --shoplive-size-width - Width of the panel next to its anchor (default 22rem).
 * @cssproperty --shoplive-size-z-index - Stacking of the panel where the browser has no top layer.
 */
export class ShopliveSizeHelper extends ShopliveElement implements PanelHost {
  static override styles = sizeHelperStyles;

  static override properties = {
    productId: { attribute: 'product-id', reflect: true },
    chartSrc: { attribute: 'chart-src' },
    chart: { attribute: false },
    system: {},
    units: {},
    shareProfile: { attribute: 'share-profile', type: Boolean },
    open: { type: Boolean, reflect: true },
    status: { state: true },
    announcement: { state: true },
  };

  /**
   * @internal The one dynamic import of the panel chunk (engine, size tables, floating-ui, form and result views).
   * Replaceable in tests.
   */
  static loadPanel: () => Promise<PanelModule> = () => import('./size-panel.js');

  /** The product the helper sizes; a buy button's size request for this product opens this helper. */
  declare productId: string;
  /** URL of the seller's size chart (JSON), fetched when the panel first opens. */
  declare chartSrc: string;
  /** The size chart as an object; wins over `chart-src`. */
  declare chart: unknown;
  /** The shopper's size system (`US`, `UK`, `EU`, `DE`, `FR`, `IT`, `CN`, `JP`, `KR`, `letters`); default from the language. */
  declare system: string;
  /** `metric` or `imperial` for the height and weight inputs; default from the language. */
  declare units: string;
  /**
   * Offers the shopper to share their height, weight, sex, age and fit preference with the shop: a checkbox in the
   * result, off by default; only when ticked are they added to `shoplive-size-recommended`.
   */
  declare shareProfile: boolean;
  /** Whether the panel is open (reflected). Use `show()` and `hide()`. */
  declare open: boolean;
  declare protected status: Status;
  declare protected announcement: string;

  readonly i18n = new LocaleController(this, [sizeMessages]);
  private readonly fitNote = new FitNoteController(this, () => this.chart);
  private module?: PanelModule;
  private view?: PanelView;
  private anchor?: Element;
  private opener?: HTMLElement;
  private request?: { productId: string; chart: unknown };
  private returnFocus = true;
  private stopPositioning?: () => void;
  /** Bumped on every (re)preparation, so a slow chart from an earlier opening never lands. */
  private preparing = 0;

  constructor() {
    super();
    this.productId = '';
    this.chartSrc = '';
    this.chart = undefined;
    this.system = '';
    this.units = '';
    this.shareProfile = false;
    this.open = false;
    this.status = 'idle';
    this.announcement = '';
  }

  /** The product being sized: the own `product-id`, else that of the buy button that asked. */
  get activeProductId(): string {
    return this.productId || this.request?.productId || '';
  }

  /** Opens the panel next to the trigger. Focus returns to what had it when the panel closes. */
  show(): void {
    const active = deepActiveElement();
    this.openWith(undefined, active instanceof HTMLElement && active !== document.body ? active : undefined);
  }

  /** Closes the panel and gives focus back to the trigger (or to what opened it). */
  hide(): void {
    this.close(true);
  }

  /** @internal Called for a `shoplive-size-request` this helper takes. */
  openForRequest(detail: Partial<SizeRequestDetail> & Pick<SizeRequestDetail, 'productId'>, origin?: HTMLElement): void {
    this.request = { productId: detail.productId, chart: detail.sizeChart ?? undefined };
    // A buy button usually dispatches from its host element; focus goes back to the control inside it that had it.
    const active = deepActiveElement();
    const opener = origin && active instanceof HTMLElement && composedContains(origin, active) ? active : origin;
    this.openWith(origin, opener);
  }

  chooseSize(detail: SizeRecommendedDetail): void {
    this.emit(SIZE_HELPER_EVENTS.recommended, detail);
    this.close(true);
  }

  announce(message: string): void {
    // The same words twice in a row must still be spoken: vary the text invisibly.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  reportProblem(detail: Omit<SizeHelperErrorDetail, 'fatal'>): void {
    log.warn(detail.message);
    this.emit(SIZE_HELPER_EVENTS.error, { ...detail, fatal: false });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    track(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    track(this, false);
    if (this.open) {
      this.returnFocus = false;
      this.open = false;
      this.teardown();
    }
  }

  private get trigger(): HTMLButtonElement | null {
    return this.renderRoot?.querySelector<HTMLButtonElement>('[part=trigger]') ?? null;
  }

  private get panel(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('#panel') ?? null;
  }

  private openWith(anchor: Element | undefined, opener: HTMLElement | undefined): void {
    this.anchor = anchor;
    this.opener = opener;
    this.returnFocus = true;
    if (!this.open) {
      this.open = true;
      return;
    }
    this.startPositioning();
    void this.prepare();
  }

  private close(returnFocus: boolean): void {
    if (!this.open) return;
    this.returnFocus = returnFocus;
    this.open = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      if (this.open) this.opened();
      else if (changed.get('open') === true) this.closed();
    }
    const chartChanged = changed.has('chart') || changed.has('chartSrc');
    if (chartChanged && this.open && !changed.has('open')) void this.prepare();
  }

  private opened(): void {
    const panel = this.panel!;
    if (typeof panel.showPopover === 'function' && !panel.matches(':popover-open')) panel.showPopover();
    window.addEventListener('pointerdown', this.onOutsidePointer, true);
    this.startPositioning();
    panel.focus();
    void this.prepare();
  }

  private closed(): void {
    this.teardown();
    const target = this.opener?.isConnected ? this.opener : this.trigger;
    if (this.returnFocus) target?.focus();
    this.anchor = undefined;
    this.opener = undefined;
  }

  private teardown(): void {
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    window.removeEventListener('pointerdown', this.onOutsidePointer, true);
  }

  private startPositioning(): void {
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    const panel = this.panel;
    const anchor = this.anchor?.isConnected ? this.anchor : this.trigger;
    if (!panel || !anchor) return;
    if (this.module) this.stopPositioning = this.module.keepPositioned(anchor, panel);
    else placeRoughly(anchor, panel);
  }

  /** Loads the panel chunk and the chart (in parallel), then shows the form. */
  private async prepare(): Promise<void> {
    const run = ++this.preparing;
    if (!this.module || this.status !== 'ready') this.status = 'loading';
    const [module, chart] = await Promise.allSettled([this.loadModule(), this.resolveChart()]);
    if (run !== this.preparing || !this.open) return;
    if (module.status === 'rejected') {
      this.status = 'load-error';
      this.reportProblem({ code: 'size-helper-load', message: `the size helper could not be loaded: ${String(module.reason)}` });
      return;
    }
    if (chart.status === 'rejected') {
      this.status = 'chart-error';
      this.reportProblem({ code: 'size-chart-load', message: `the size chart of ${this.activeProductId || 'this product'} could not be loaded: ${String(chart.reason)}` });
      return;
    }
    this.view ??= module.value.createPanel(this);
    this.view.setChart(chart.value.chart, chart.value.key);
    this.status = 'ready';
    await this.updateComplete;
    if (!this.stopPositioning) this.startPositioning();
    // Into the content, unless the shopper already moved focus somewhere themselves.
    const active = deepActiveElement();
    if (!active || active === this.panel || active === document.body) this.view.focusStart();
  }

  private async loadModule(): Promise<PanelModule> {
    if (this.module) return this.module;
    const module = await ShopliveSizeHelper.loadPanel();
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof LitElement).elementStyles, module.panelStyles]);
    this.module = module;
    return module;
  }

  private async resolveChart(): Promise<{ chart: unknown; key: string }> {
    if (this.chart !== undefined && this.chart !== null) return { chart: this.chart, key: 'property' };
    if (this.chartSrc) {
      const url = checkUrl(this.chartSrc);
      if (!url.ok) throw new Error(`chart-src '${url.input}' is ${url.problem}`);
      return { chart: await fetchChart(url.url.href), key: url.url.href };
    }
    if (this.request?.chart !== undefined) return { chart: this.request.chart, key: `request:${this.request.productId}` };
    return { chart: undefined, key: 'none' };
  }

  private readonly onTriggerClick = () => {
    if (this.open) this.hide();
    else this.openWith(undefined, this.trigger ?? undefined);
  };

  private readonly onPanelKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      event.stopPropagation();
      this.hide();
    } else if (event.key === 'Tab') {
      trapTab(event, this.panel!);
    }
  };

  private readonly onOutsidePointer = (event: PointerEvent) => {
    const panel = this.panel;
    if (!panel) return;
    const path = event.composedPath();
    if (path.includes(this.trigger!) || (this.anchor && path.includes(this.anchor))) return;
    if (path[0] === panel) {
      // The sheet's backdrop belongs to the panel: a press outside its box is a press outside.
      const box = panel.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (inside) return;
    } else if (path.includes(panel)) {
      return;
    }
    this.close(false);
  };

  protected override render() {
    const { locale, dir } = this.i18n;
    return html`
      <button
        part="trigger"
        class="trigger"
        type="button"
        lang=${locale}
        dir=${dir}
        aria-haspopup="dialog"
        aria-expanded=${String(this.open)}
        aria-controls=${this.open ? 'panel' : nothing}
        @click=${this.onTriggerClick}
      >
        ${rulerIcon}<span>${this.i18n.t('size.trigger')}</span>
      </button>
      ${this.fitNote.render((key, params) => this.i18n.t(key, params))}
      ${this.open
        ? html`<div
            id="panel"
            part="panel"
            class="panel"
            role="dialog"
            aria-modal="true"
            aria-labelledby="title"
            aria-busy=${this.status === 'loading' ? 'true' : 'false'}
            popover="manual"
            tabindex="-1"
            lang=${locale}
            dir=${dir}
            @keydown=${this.onPanelKeydown}
          >
            <div part="header" class="header">
              <h2 id="title" part="title">${this.i18n.t('size.title')}</h2>
              <button part="close-button" class="close" type="button" aria-label=${this.i18n.t('size.close')} @click=${() => this.hide()}>
                ${closeIcon}
              </button>
            </div>
            <div part="body" class="body">${this.renderBody()}</div>
            <p class="visually-hidden" role="status">${this.announcement}</p>
          </div>`
        : nothing}
    `;
  }

  private renderBody() {
    const t = (key: MessageKey) => this.i18n.t(key);
    switch (this.status) {
      case 'ready':
        return this.view!.render();
      case 'load-error':
      case 'chart-error':
        return html`<p part="message" class="message" role="alert">${t(this.status === 'load-error' ? 'size.loadError' : 'size.chartError')}</p>
          <button part="retry-button" class="secondary" type="button" @click=${() => void this.prepare()}>${t('size.retry')}</button>`;
      default:
        return html`<p part="loading" class="loading"><span class="spinner" aria-hidden="true"></span>${t('size.loading')}</p>`;
    }
  }
}
