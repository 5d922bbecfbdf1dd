import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { RovingTabindex } from '../../internal/roving-tabindex.js';
import type { SizeChoice } from '../product.js';

export interface SizeChipsOptions {
  sizes: readonly SizeChoice[];
  /** The chosen label, or null. */
  chosen: string | null;
  /** Asking for a size ("Choose a size first."): the group is outlined. */
  attention: boolean;
  /** The group's accessible name ("Size") and the sold-out suffix, in the button's language. */
  label: string;
  soldOut: string;
  /** Arrow keys, Home and End: `sizeChipKeys(host, ...)`. */
  keys: RovingTabindex;
  choose(label: string, available: boolean): void;
}

/**
 * The size chips: a radio group with one tab stop (the chosen size, else the first available one). Sold-out sizes are
 * shown, announced as sold out, and cannot be chosen. Labels are data: isolated in `<bdi>`.
 */
export function sizeChips(options: SizeChipsOptions): TemplateResult {
  const { sizes, chosen } = options;
  const focusable = sizes.find((size) => size.label === chosen) ?? sizes.find((size) => size.available) ?? sizes[0];
  return html`<div
    part="sizes"
    class="sizes ${options.attention ? 'attention' : ''}"
    role="radiogroup"
    aria-label=${options.label}
    @keydown=${options.keys.onKeydown}
  >
    ${sizes.map((size) => {
      const checked = size.label === chosen;
      return html`<button
        type="button"
        role="radio"
        class="size"
        part="size${checked ? ' size-checked' : ''}${size.available ? '' : ' size-sold-out'}"
        aria-checked=${String(checked)}
        aria-disabled=${size.available ? nothing : 'true'}
        tabindex=${size === focusable ? '0' : '-1'}
        data-size=${size.label}
        @click=${() => options.choose(size.label, size.available)}
      >
        <bdi>${size.label}</bdi>${size.available ? nothing : html`<span class="visually-hidden">, ${options.soldOut}</span>`}
      </button>`;
    })}
  </div>`;
}

/**
 * Radio group keys for the chips the host renders: arrows move (Right/Left with the reading direction) and choose
 * available sizes, Home/End jump; Space/Enter are the chips' own clicks.
 */
export function sizeChipKeys(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }, choose: (label: string) => void): RovingTabindex {
  return new RovingTabindex(host, {
    container: () => host.renderRoot.querySelector<HTMLElement>('[part~=sizes]'),
    items: '[role=radio]',
    orientation: 'both',
    onMove: (chip) => {
      if (chip.getAttribute('aria-disabled') !== 'true') choose(chip.dataset.size!);
    },
  });
}
