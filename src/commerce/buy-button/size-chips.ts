import { html, nothing, type TemplateResult } from 'lit';
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
  rtl: boolean;
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
    @keydown=${(event: KeyboardEvent) => onChipKey(event, options)}
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

/** Radio group keys: arrows move (and choose available sizes), Home/End jump; Space/Enter are the chips' own clicks. */
function onChipKey(event: KeyboardEvent, options: SizeChipsOptions): void {
  const group = event.currentTarget as HTMLElement;
  const chips = [...group.querySelectorAll<HTMLButtonElement>('[role=radio]')];
  const current = chips.indexOf(event.composedPath()[0] as HTMLButtonElement);
  if (current < 0) return;
  const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, ArrowRight: options.rtl ? -1 : 1, ArrowLeft: options.rtl ? 1 : -1 };
  let next: number;
  if (event.key in step) next = (current + step[event.key]! + chips.length) % chips.length;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = chips.length - 1;
  else return;
  event.preventDefault();
  const chip = chips[next]!;
  chip.focus();
  if (chip.getAttribute('aria-disabled') !== 'true') options.choose(chip.dataset.size!, true);
}
