import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { QualityLevel } from '../engines/engine.js';
import { icons } from './icons.js';

export interface QualityMenuLabels {
  button: string;
  auto: string;
  autoCurrent: (label: string) => string;
}

export function levelLabel(level: QualityLevel, all: readonly QualityLevel[]): string {
  const label = level.height ? `${level.height}p` : `${Math.round(level.bitrate / 1000)} kb/s`;
  const twin = all.some((other) => other !== level && other.height === level.height);
  return twin ? `${label} · ${Math.round(level.bitrate / 1000)} kb/s` : label;
}

/**
 * The quality menu button and its popup: a menu of radio items (Auto + one per rendition) that follows the WAI-ARIA
 * menu-button pattern: arrow keys move, Enter/Space choose, Escape closes and gives focus back to the button.
 */
export class QualityMenuController implements ReactiveController {
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly choose: (index: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.open = false;
  }

  render(levels: readonly QualityLevel[], selected: number, playing: QualityLevel | null, labels: QualityMenuLabels): TemplateResult | typeof nothing {
    if (levels.length < 2) return nothing;
    const descending = [...levels].sort((a, b) => b.bitrate - a.bitrate);
    const autoText = selected < 0 && playing ? labels.autoCurrent(levelLabel(playing, levels)) : labels.auto;
    const item = (index: number, text: string) => html`
      <li
        role="menuitemradio"
        tabindex="-1"
        aria-checked=${String(index === selected)}
        data-index=${index}
        @click=${() => this.pick(index)}
      >
        ${text}
      </li>
    `;
    return html`
      <button
        part="quality-button"
        class="quality"
        aria-haspopup="menu"
        aria-expanded=${String(this.open)}
        aria-controls="quality-menu"
        aria-label=${labels.button}
        title=${labels.button}
        @click=${() => this.toggle()}
        @keydown=${this.onButtonKey}
      >
        ${icons.quality}
      </button>
      ${this.open
        ? html`<ul id="quality-menu" part="quality-menu" class="menu" role="menu" aria-label=${labels.button} @keydown=${this.onMenuKey}>
            ${item(-1, autoText)} ${descending.map((level) => item(level.index, levelLabel(level, levels)))}
          </ul>`
        : nothing}
    `;
  }

  private get items(): HTMLElement[] {
    return [...(this.host.shadowRoot?.querySelectorAll<HTMLElement>('#quality-menu [role=menuitemradio]') ?? [])];
  }

  private async toggle(focus: 'checked' | 'first' | 'last' = 'checked'): Promise<void> {
    this.open = !this.open;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (!this.open) return;
    const items = this.items;
    const target = focus === 'first' ? items[0] : focus === 'last' ? items.at(-1) : items.find((el) => el.getAttribute('aria-checked') === 'true');
    (target ?? items[0])?.focus();
  }

  private readonly onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    if (!this.open) void this.toggle(event.key === 'ArrowUp' ? 'last' : 'first');
  };

  private readonly onMenuKey = (event: KeyboardEvent) => {
    const items = this.items;
    const current = items.indexOf(this.host.shadowRoot?.activeElement as HTMLElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        move(current + 1);
        break;
      case 'ArrowUp':
        move(current - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(items.length - 1);
        break;
      case 'Enter':
      case ' ':
        if (current >= 0) this.pick(Number(items[current]!.dataset.index));
        break;
      case 'Escape':
      case 'Tab':
        this.close();
        if (event.key === 'Tab') return;
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  private pick(index: number): void {
    this.choose(index);
    this.close();
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('.quality')?.focus());
  }
}
