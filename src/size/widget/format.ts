// Numbers with units in the shopper's language ("170 cm", "5 ft 7 in", "10 st 3 lb", "١٧٠ سم"), through Intl.
import type { LocaleController } from '../../i18n/locale-controller.js';
import { CM_PER_INCH, KG_PER_POUND } from '../units.js';
import { inwardInches, inwardPounds, type HeightUnit, type LimitFormat, type WeightUnit } from './form.js';

export type IntlUnit = 'centimeter' | 'inch' | 'foot' | 'kilogram' | 'pound' | 'stone';

export const UNIT_PARTS: Readonly<Record<HeightUnit | WeightUnit, readonly IntlUnit[]>> = {
  cm: ['centimeter'],
  'ft-in': ['foot', 'inch'],
  kg: ['kilogram'],
  lb: ['pound'],
  'st-lb': ['stone', 'pound'],
};

export class UnitFormat implements LimitFormat {
  constructor(private readonly i18n: LocaleController) {}

  number(value: number): string {
    return this.i18n.formatNumber(value);
  }

  percent(value: number): string {
    return this.i18n.formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
  }

  /** "cm", "ft", "سم": the unit's short symbol in the shopper's language. */
  symbol(unit: IntlUnit): string {
    return this.unitPart(unit, 'short');
  }

  /** "centimeters", "Fuß": for input labels a screen reader reads. */
  longName(unit: IntlUnit): string {
    return this.unitPart(unit, 'long');
  }

  /** A height (cm) in `unit`; `bound` rounds inwards so a limit shown is itself accepted. */
  height(cm: number, unit: HeightUnit, bound?: 'min' | 'max'): string {
    if (unit === 'cm') return this.i18n.formatUnit(Math.round(cm), 'centimeter');
    const inches = bound ? inwardInches(cm, bound) : Math.round(cm / CM_PER_INCH);
    return `${this.i18n.formatUnit(Math.floor(inches / 12), 'foot')} ${this.i18n.formatUnit(inches % 12, 'inch')}`;
  }

  weight(kg: number, unit: WeightUnit, bound?: 'min' | 'max'): string {
    if (unit === 'kg') return this.i18n.formatUnit(Math.round(kg), 'kilogram');
    const pounds = bound ? inwardPounds(kg, bound) : Math.round(kg / KG_PER_POUND);
    if (unit === 'lb') return this.i18n.formatUnit(pounds, 'pound');
    return `${this.i18n.formatUnit(Math.floor(pounds / 14), 'stone')} ${this.i18n.formatUnit(pounds % 14, 'pound')}`;
  }

  /** A body circumference: whole cm, or inches to a tenth. */
  girth(cm: number, metric: boolean): string {
    return metric ? this.i18n.formatUnit(Math.round(cm), 'centimeter') : this.i18n.formatUnit(Math.round((cm / CM_PER_INCH) * 10) / 10, 'inch', 1);
  }

  private unitPart(unit: IntlUnit, unitDisplay: 'short' | 'long'): string {
    try {
      const parts = new Intl.NumberFormat(this.i18n.locale, { style: 'unit', unit, unitDisplay }).formatToParts(unitDisplay === 'long' ? 2 : 1);
      return parts.find((part) => part.type === 'unit')?.value ?? unit;
    } catch {
      return unit;
    }
  }
}
