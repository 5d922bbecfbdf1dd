import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { RovingTabindex, type RovingTarget } from '../../internal/roving-tabindex.js';

export interface MenuItem {
  value: string;
  text: string;
  checked: boolean;
  /** Language of the item's text, so a screen reader pronounces "Deutsch" as German. */
  lang?: string;
  /** An action (opens another page of the menu, goes back), not a choice: a plain menuitem, never checked. */
  action?: boolean;
}

/** A labelled set of mutually exclusive items: one checked item per group (subtitle language, text size). */
export interface MenuGroup {
  /** Unique within the menu: names the group's label element. */
  id: string;
  label: string;
  items: MenuItem[];
}

interface MenuBase {
  /** Unique within the host: names the parts (`${id}-button`, `${id}-menu`) and the popup's id. */
  id: string;
  label: string;
  icon: TemplateResult;
  /** `'stay'`: the menu stays open (it shows another page of choices), focus goes to its first item. */
  onPick: (item: MenuItem) => void | 'stay';
}

/** One set of choices (`items`), or several (`groups`), each announced as a group with its own checked item. */
export type MenuOptions = MenuBase & ({ items: MenuItem[]; groups?: never } | { groups: MenuGroup[]; items?: never });

/**
 * A menu button and its popup of radio items, following the WAI-ARIA menu-button pattern: arrow keys, Home/End move
 * (across groups, in order; internal/roving-tabindex.ts), Enter/Space choose, Escape closes and gives focus back to
 * the button, a click outside closes. One controller per menu (quality, subtitles...), so every menu behaves the same.
 */
export class MenuController implements ReactiveController {
  open = false;
  private id = '';
  private readonly roving: RovingTabindex;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.roving = new RovingTabindex(host, {
      container: () => this.host.shadowRoot?.getElementById(`${this.id}-menu`),
      items: ':is([role=menuitemradio], [role=menuitem])',
      orientation: 'vertical',
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.setOpen(false);
  }

  render(options: MenuOptions): TemplateResult {
    this.id = options.id;
    const { id, label, icon, onPick } = options;
    const items = options.groups ? options.groups.flatMap((group) => group.items) : options.items;
    const pick = (item: MenuItem) => {
      if (onPick(item) !== 'stay') return this.close();
      void this.host.updateComplete.then(() => this.items()[0]?.focus());
    };
    const renderItem = (item: MenuItem) => html`
      <div
        role=${item.action ? 'menuitem' : 'menuitemradio'}
        tabindex="-1"
        lang=${item.lang ?? nothing}
        aria-checked=${item.action ? nothing : String(item.checked)}
        data-value=${item.value}
        @click=${() => pick(item)}
      >
        ${item.text}
      </div>
    `;
    return html`
      <button
        part="${id}-button"
        class="menu-button"
        data-menu=${id}
        aria-haspopup="menu"
        aria-expanded=${String(this.open)}
        aria-controls="${id}-menu"
        aria-label=${label}
        title=${label}
        @click=${() => this.toggle()}
        @keydown=${this.onButtonKey}
      >
        ${icon}
      </button>
      ${this.open
        ? html`<div id="${id}-menu" part="${id}-menu menu" class="menu" role="menu" aria-label=${label} @keydown=${(event: KeyboardEvent) => this.onMenuKey(event, items, pick)}>
            ${options.groups
              ? options.groups.map(
                  (group) => html`<div role="group" part="menu-group" aria-labelledby="${id}-menu-${group.id}">
                    <div id="${id}-menu-${group.id}" class="group-label" aria-hidden="true">${group.label}</div>
                    ${group.items.map(renderItem)}
                  </div>`,
                )
              : items.map(renderItem)}
          </div>`
        : nothing}
    `;
  }

  close(): void {
    if (!this.open) return;
    this.setOpen(false);
    void this.host.updateComplete.then(() => this.button()?.focus());
  }

  private button(): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>(`[data-menu="${this.id}"]`) ?? null;
  }

  private items(): HTMLElement[] {
    return [...(this.host.shadowRoot?.querySelectorAll<HTMLElement>(`#${this.id}-menu :is([role=menuitemradio], [role=menuitem])`) ?? [])];
  }

  private setOpen(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    if (open) window.addEventListener('pointerdown', this.onOutsidePointer, true);
    else window.removeEventListener('pointerdown', this.onOutsidePointer, true);
    this.host.requestUpdate();
  }

  private toggle(focus: RovingTarget = 'checked'): void {
    this.setOpen(!this.open);
    if (this.open) this.roving.focusAfterUpdate(focus);
  }

  private readonly onOutsidePointer = (event: PointerEvent) => {
    const path = event.composedPath();
    const menu = this.host.shadowRoot?.getElementById(`${this.id}-menu`);
    if (menu && !path.includes(menu) && !path.includes(this.button()!)) this.setOpen(false);
  };

  private readonly onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    if (!this.open) this.toggle(event.key === 'ArrowUp' ? 'last' : 'first');
  };

  private onMenuKey(event: KeyboardEvent, items: MenuItem[], pick: (item: MenuItem) => void): void {
    if (this.roving.onKeydown(event)) {
      event.stopPropagation();
      return;
    }
    const current = this.items().indexOf(this.host.shadowRoot?.activeElement as HTMLElement);
    switch (event.key) {
      case 'Enter':
      case ' ':
        if (current >= 0) pick(items[current]!);
        break;
      case 'Escape':
        this.close();
        break;
      case 'Tab':
        this.setOpen(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }
}
