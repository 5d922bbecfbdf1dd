// What each view of the size panel reads and may ask for. Types only: the views depend on these narrow shapes, the
// model (panel-model.ts) implements them, and the controller (panel-controller.ts) hands one to each view, so no view
// knows the model class and nothing imports in a circle.
import type { MessageKey } from '../../i18n/en.js';
import type { MessageParams } from '../../i18n/translate.js';
import type { SizeSystem, SystemSize } from '../systems/types.js';
import type { Chart, FitPreference, Recommendation, Sex } from '../types.js';
import type { PlainTable } from './chart-table.js';
import type { Field, HeightUnit, Problem, WeightUnit } from './form.js';
import type { UnitFormat } from './format.js';
import type { ReferenceChoice } from './reference-step.js';
import type { UnitSystem } from './types.js';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export type PanelMode = 'form' | 'result' | 'table' | 'message';

/** The panel's words and numbers, in the shopper's language. */
export interface PanelText {
  readonly t: Translate;
  readonly format: UnitFormat;
}

export interface FormViewModel extends PanelText {
  readonly units: UnitSystem;
  readonly imperialWeight: 'lb' | 'st-lb';
  readonly heightUnit: HeightUnit;
  readonly weightUnit: WeightUnit;
  readonly errors: Partial<Record<Field, Problem>>;
  readonly sex: Sex | '';
  readonly age: string;
  readonly fit: FitPreference;
  readonly remember: boolean;
  readonly stored: boolean;
  /** The strings the inputs of a measurement show in the current units. */
  shown(field: 'height' | 'weight'): string[];
  input(field: Field, index: number, value: string): void;
  commit(field: Field): void;
  setUnits(units: UnitSystem): void;
  setSex(sex: string): void;
  setFit(fit: FitPreference): void;
  setRemember(on: boolean): void;
  submit(): void;
  forget(): void;
}

export interface ResultViewModel extends PanelText {
  readonly result?: Recommendation;
  readonly chart?: Chart;
  readonly units: UnitSystem;
  readonly heightUnit: HeightUnit;
  readonly weightUnit: WeightUnit;
  readonly system: SizeSystem;
  /** The recommended size in `system`, or null when it does not convert. */
  readonly systemLabel: string | null;
  /** The UI language, for naming regions. */
  readonly uiLocale: string;
  readonly stored: boolean;
  /** The host offers sharing (`share-profile`); the shopper still has to agree. */
  readonly shareOffered: boolean;
  readonly shareConsent: boolean;
  /** The optional size worn in another brand, and the sizes its chosen system offers for this product. */
  readonly reference: ReferenceChoice;
  readonly referenceSizes: readonly SystemSize[];
  /** The reference changed: the answer follows at once. */
  referenceChanged(): void;
  setSystem(system: string): void;
  setShareConsent(on: boolean): void;
  use(): void;
  edit(): void;
  forget(): void;
}

export interface TableViewModel {
  readonly t: Translate;
  readonly table?: PlainTable;
}

export interface MessageViewModel {
  readonly t: Translate;
  readonly message: MessageKey;
}
