// The optional "Do you know your size in another brand?" step, under the first answer, which it refines at once:
// a size system and a size of its standard table for this product. Native selects, so keyboards, screen readers
// and phone pickers work as everywhere; folded by default (a disclosure) so it does not lengthen the panel on a
// phone. Its state lives here and the panel only forwards it: into the engine's `profile.reference`, and into the
// remembered profile.
import { html, type TemplateResult } from 'lit';
import type { MessageKey } from '../../i18n/en.js';
import type { MessageParams } from '../../i18n/translate.js';
import { SIZE_SYSTEMS, systemTable } from '../systems/tables.js';
import type { SizeSystem, SystemSize } from '../systems/types.js';
import type { Chart, Reference, Sex } from '../types.js';

export interface StoredReference {
  readonly system: SizeSystem;
  readonly label: string;
}

export class ReferenceChoice {
  system: SizeSystem | '' = '';
  label = '';

  /** The standard sizes the shopper can pick from for this product (none when the system has no table for it). */
  sizes(chart: Chart | undefined, sex: Sex | ''): readonly SystemSize[] {
    if (!chart || !this.system) return [];
    const audience = chart.audience === 'unisex' ? (sex === 'female' ? 'women' : 'men') : chart.audience;
    return systemTable(this.system, audience, chart.category === 'bottoms' ? 'bottoms' : 'tops')?.sizes ?? [];
  }

  setSystem(value: string): void {
    const system = (SIZE_SYSTEMS as readonly string[]).includes(value) ? (value as SizeSystem) : '';
    if (system !== this.system) this.label = '';
    this.system = system;
  }

  setLabel(value: string): void {
    this.label = value;
  }

  /** The engine's reference, when the shopper chose a size that exists for this product. */
  reference(chart: Chart | undefined, sex: Sex | ''): Reference | undefined {
    if (!this.system || !this.label) return undefined;
    return this.sizes(chart, sex).some((s) => s.label === this.label) ? { system: this.system, label: this.label } : undefined;
  }

  stored(): StoredReference | undefined {
    return this.system && this.label ? { system: this.system, label: this.label } : undefined;
  }

  restore(stored: StoredReference | undefined): void {
    this.system = stored?.system ?? '';
    this.label = stored?.label ?? '';
  }
}

export interface ReferenceStepContext {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly systemName: (system: SizeSystem) => string;
  readonly sizes: readonly SystemSize[];
  readonly choice: ReferenceChoice;
  /** The choice changed: re-render. */
  readonly changed: () => void;
}

const valueOf = (event: Event) => (event.target as HTMLSelectElement).value;

export function referenceStep({ t, systemName, sizes, choice, changed }: ReferenceStepContext): TemplateResult {
  return html`
    <details part="reference" class="reference" ?open=${choice.system !== ''}>
      <summary>${t('size.refQuestion')}</summary>
      <div class="row">
        <div class="field" part="field">
          <label for="ref-system">${t('size.refSystem')}</label>
          <select id="ref-system" part="input" @change=${(event: Event) => (choice.setSystem(valueOf(event)), changed())}>
            <option value="" .selected=${choice.system === ''}>${t('size.refNone')}</option>
            ${SIZE_SYSTEMS.map((system) => html`<option value=${system} .selected=${choice.system === system}>${systemName(system)}</option>`)}
          </select>
        </div>
        <div class="field" part="field">
          <label for="ref-size">${t('size.refSize')}</label>
          <select id="ref-size" part="input" ?disabled=${sizes.length === 0} @change=${(event: Event) => (choice.setLabel(valueOf(event)), changed())}>
            <option value="" .selected=${choice.label === ''}>${t('size.refNone')}</option>
            ${sizes.map(
              (s) => html`<option value=${s.label} .selected=${choice.label === s.label}>${s.notation && s.notation !== s.label ? `${s.label} (${s.notation})` : s.label}</option>`,
            )}
          </select>
        </div>
      </div>
    </details>
  `;
}
