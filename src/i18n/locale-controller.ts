import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { enclosingShadowRoots, inheritedLang } from '../internal/composed-ancestors.js';
import { coreMessages } from './catalogs.js';
import type { MessageKey } from './en.js';
import { loadNamespace, UI_LOCALES, type MessageNamespace, type Strings, type UiLocale } from './namespace.js';
import { directionOf, negotiateLocale } from './negotiate.js';
import { translate, type MessageParams } from './translate.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected controller, told when a `lang` attribute changes in the document or a shadow tree above one. */
const controllers = new Set<LocaleController>();
let langObserver: MutationObserver | undefined;
/** The trees the observer already watches: the document, and each shadow root between a controller and it. */
let watchedTrees = new WeakSet<Node>();

function watchTree(tree: Node): void {
  if (!langObserver || watchedTrees.has(tree)) return;
  watchedTrees.add(tree);
  langObserver.observe(tree, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function watchLang(controller: LocaleController, host: Element, on: boolean): void {
  if (on) controllers.add(controller);
  else controllers.delete(controller);
  if (controllers.size && !langObserver) {
    langObserver = new MutationObserver(() => controllers.forEach((each) => each.refresh()));
    watchedTrees = new WeakSet();
    watchTree(document.documentElement);
  } else if (!controllers.size && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
  // A document observer does not see into shadow trees: the `lang` a component (our player and cards, or the
  // host's own) renders around a nested element would change unseen, and the element would keep its old language.
  if (on) for (const tree of enclosingShadowRoots(host)) watchTree(tree);
}

/**
 * Gives an element its UI language: its own `lang`, else the nearest ancestor's, else the document's, else the
 * browser's preferences, negotiated against the shipped catalogs. Loads the catalog lazily and re-renders the host
 * when it arrives or when any `lang` changes. Also the one place for Intl formatting, so numbers and prices follow the
 * same locale as the words around them.
 */
export class LocaleController implements ReactiveController {
  locale: UiLocale = 'en';
  private readonly namespaces: readonly MessageNamespace[];
  private readonly english: Strings;
  private strings: Strings;
  private requested = '';

  /** `namespaces`: the capability catalogs the host uses besides the core one (controls, errors). */
  constructor(
    private readonly host: Host,
    namespaces: readonly MessageNamespace[] = [],
  ) {
    this.namespaces = [coreMessages, ...namespaces];
    this.english = this.strings = Object.assign({}, ...this.namespaces.map((namespace) => namespace.en));
    host.addController(this);
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  hostConnected(): void {
    watchLang(this, this.host, true);
    this.refresh();
  }

  hostDisconnected(): void {
    watchLang(this, this.host, false);
  }

  t(key: MessageKey, params?: MessageParams): string {
    return translate(key, params, this.strings, this.english);
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale, options).format(value);
  }

  formatPrice(amount: number, currency: string): string {
    try {
      return this.formatNumber(amount, { style: 'currency', currency });
    } catch {
      // An unknown currency code from data must not break rendering.
      return `${this.formatNumber(amount, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
    }
  }

  /** `$15.00–$21.00` in the shopper's language; a single price when both ends are equal. */
  formatPriceRange(low: number, high: number, currency: string): string {
    if (low === high) return this.formatPrice(low, currency);
    try {
      return new Intl.NumberFormat(this.locale, { style: 'currency', currency }).formatRange(low, high);
    } catch {
      return `${this.formatPrice(low, currency)}–${this.formatPrice(high, currency)}`;
    }
  }

  formatUnit(value: number, unit: string, maximumFractionDigits = 0): string {
    return this.formatNumber(value, { style: 'unit', unit, maximumFractionDigits });
  }

  /** Re-reads the language preferences; cheap when nothing changed. */
  refresh(): void {
    const own = inheritedLang(this.host);
    const preferences = [own, ...(navigator.languages ?? [navigator.language])].filter(Boolean);
    const key = preferences.join(',');
    if (key === this.requested) return;
    this.requested = key;
    const locale = (negotiateLocale(preferences, UI_LOCALES) ?? 'en') as UiLocale;
    if (locale === this.locale) return;
    void Promise.all(this.namespaces.map((namespace) => loadNamespace(namespace, locale))).then((catalogs) => {
      if (this.requested !== key) return;
      this.locale = locale;
      this.strings = Object.assign({}, ...catalogs);
      this.host.requestUpdate();
    });
  }
}
