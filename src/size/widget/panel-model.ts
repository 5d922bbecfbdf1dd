// The panel's state and transitions: the shopper's entries, validation, the recommendation, the size system, and
// "remember me". No templates and no DOM: the controller (panel-controller.ts) renders it through the views and
// carries out the two effects it asks for (focus after the next render, waiting for a press to land).
import type { MessageKey } from '../../i18n/en.js';
import { isolate } from '../../internal/text.js';
import { validateChart } from '../chart.js';
import { recommendSize } from '../recommend.js';
import { systemForLocale } from '../systems/locale.js';
import type { SizeSystem, SystemSize } from '../systems/types.js';
import type { Chart, FitPreference, Recommendation, Sex } from '../types.js';
import { defaultUnitsForLocale } from '../units.js';
import { plainTable, type PlainTable } from './chart-table.js';
import {
  checkAge,
  checkHeight,
  checkWeight,
  emptyEntry,
  heightEntry,
  heightUnitFor,
  parseAge,
  showHeight,
  showWeight,
  toCm,
  toKg,
  weightEntry,
  weightUnitFor,
  type Entry,
  type Field,
  type HeightUnit,
  type Problem,
  type WeightUnit,
} from './form.js';
import { UnitFormat } from './format.js';
import { confidenceText } from './labels.js';
import { shopperLocale } from './locale.js';
import { convertedLabel, parseSystem } from './panel-systems.js';
import { clearProfile, readProfile, writeProfile } from './profile-store.js';
import { ReferenceChoice } from './reference-step.js';
import type { PanelHost, SharedProfile, SizeRecommendedDetail, UnitSystem } from './types.js';
import type { FormViewModel, MessageViewModel, PanelMode, ResultViewModel, TableViewModel, Translate } from './view-models.js';

/** What the model asks of the panel around it, besides the host's settings. */
export interface PanelEffects {
  /** Focuses the element matching `selector` once the next render is on screen. */
  focusAfterUpdate(selector: string): void;
  /** Runs `work` now, or once the pointer press in progress has delivered its click (press-guard.ts). */
  afterPress(work: () => void): void;
}

const FIELDS = ['height', 'weight', 'age'] as const;

export class SizePanelModel implements FormViewModel, ResultViewModel, TableViewModel, MessageViewModel {
  mode: PanelMode = 'message';
  message: MessageKey = 'size.noChart';
  chart?: Chart;
  table?: PlainTable;
  height: Entry<HeightUnit> = emptyEntry('cm');
  weight: Entry<WeightUnit> = emptyEntry('kg');
  sex: Sex | '' = '';
  age = '';
  fit: FitPreference = 'regular';
  /** The optional size worn in another brand (reference-step.ts). */
  readonly reference = new ReferenceChoice();
  errors: Partial<Record<Field, Problem>> = {};
  /** The "Remember me" checkbox. */
  remember = false;
  /** Whether a profile is stored on this device (shows "Forget me"). */
  stored = false;
  /**
   * The shopper's own consent to send their entries to the shop with the size ("Share my height…"), asked only when
   * the host set `share-profile`. Off until ticked, in every session: the host's wish alone sends nothing.
   */
  shareConsent = false;
  result?: Recommendation;
  profile?: SharedProfile;
  readonly format: UnitFormat;
  private rawChart: unknown = Symbol('none yet');
  private chartKey = '';
  private chosenUnits?: UnitSystem;
  private chosenSystem?: SizeSystem;
  /** The shopper typed in this session: a remembered profile no longer overwrites the form. */
  private touched = false;

  constructor(
    private readonly host: PanelHost,
    private readonly effects: PanelEffects,
  ) {
    this.format = new UnitFormat(host.i18n);
  }

  readonly t: Translate = (key, params) => this.host.i18n.t(key, params);

  private get locale(): string {
    return shopperLocale(this.host);
  }

  get uiLocale(): string {
    return this.host.i18n.locale;
  }

  get units(): UnitSystem {
    const own = this.host.units;
    return this.chosenUnits ?? (own === 'metric' || own === 'imperial' ? own : defaultUnitsForLocale(this.locale).system);
  }

  get heightUnit(): HeightUnit {
    return heightUnitFor(this.units);
  }

  get weightUnit(): WeightUnit {
    return weightUnitFor(this.units, this.imperialWeight);
  }

  /** Britons weigh themselves in stones and pounds; everyone else on the imperial side in pounds. */
  get imperialWeight(): 'lb' | 'st-lb' {
    return defaultUnitsForLocale(this.locale).weight === 'st-lb' ? 'st-lb' : 'lb';
  }

  get system(): SizeSystem {
    return this.chosenSystem ?? parseSystem(this.host.system) ?? systemForLocale(this.locale);
  }

  get systemLabel(): string | null {
    return convertedLabel(this.result, this.chart, this.profile, this.system);
  }

  get shareOffered(): boolean {
    return this.host.shareProfile;
  }

  /** Whether the shopper is asked to share (the host enabled it) and agreed. */
  get sharing(): boolean {
    return this.host.shareProfile && this.shareConsent;
  }

  /** The first field with a message, where focus goes back to. */
  get firstInvalid(): Field | undefined {
    return FIELDS.find((field) => this.errors[field]);
  }

  shown(field: 'height' | 'weight'): string[] {
    return field === 'height' ? showHeight(this.height, this.heightUnit) : showWeight(this.weight, this.weightUnit);
  }

  setChart(chart: unknown, key: string): void {
    if (chart === this.rawChart && key === this.chartKey) return;
    this.rawChart = chart;
    this.chartKey = key;
    this.chart = undefined;
    this.table = undefined;
    this.result = undefined;
    if (chart === undefined) {
      this.show('message', 'size.noChart');
      return;
    }
    const validation = validateChart(chart);
    if (!validation.ok) {
      this.table = plainTable(chart, (n) => this.format.number(n));
      const where = validation.errors.map((error) => `${error.path || 'chart'}: ${error.message}`).join('; ');
      this.host.reportProblem({
        code: 'size-chart-invalid',
        message: `size helper: the size chart of ${this.host.activeProductId || 'this product'} is not usable, so no size is recommended (${where})`,
      });
      this.show(this.table ? 'table' : 'message', 'size.noChart');
      return;
    }
    this.chart = validation.chart;
    this.show('form');
    // A returning shopper (remembered, or sized earlier in this visit) sees the answer at once.
    if (this.restoreRemembered() || this.profile) this.recommend();
  }

  // ---- transitions the views ask for ----

  input(field: Field, index: number, value: string): void {
    this.touched = true;
    if (field === 'age') this.age = value;
    else if (field === 'height') this.height = { unit: this.heightUnit, values: replaced(this.shown('height'), index, value) };
    else this.weight = { unit: this.weightUnit, values: replaced(this.shown('weight'), index, value) };
    // While a message shows, it follows the typing, so it disappears as soon as the value is right.
    if (this.errors[field]) this.setError(field, this.check(field));
    if (field === 'height' && this.errors.weight) this.setError('weight', this.check('weight'));
    this.host.requestUpdate();
  }

  /**
   * Focus left a field: check it once the press that moved focus has landed. An empty field gets no message (that is
   * only an error on submit), but keeps one a submit gave it: messages move only as values do.
   */
  commit(field: Field): void {
    this.effects.afterPress(() => {
      const empty = field === 'age' ? this.age.trim() === '' : this.shown(field).every((value) => value.trim() === '');
      if (empty && !this.errors[field]) return;
      this.setError(field, this.check(field));
      this.host.requestUpdate();
    });
  }

  setSex(sex: string): void {
    this.sex = sex === 'female' || sex === 'male' ? sex : '';
    this.touched = true;
    this.host.requestUpdate();
  }

  get referenceSizes(): readonly SystemSize[] {
    return this.reference.sizes(this.chart, this.sex);
  }

  /** The size worn elsewhere changed (result view): the answer follows at once. */
  referenceChanged(): void {
    this.touched = true;
    if (this.result && this.recommend() && this.stored) this.save();
    this.host.requestUpdate();
  }

  setFit(fit: FitPreference): void {
    this.fit = fit;
    this.touched = true;
    this.host.requestUpdate();
  }

  setUnits(units: UnitSystem): void {
    this.chosenUnits = units;
    // Messages quote limits in the shown units: rewrite those on screen.
    for (const field of ['height', 'weight'] as const) if (this.errors[field]) this.setError(field, this.check(field));
    this.host.requestUpdate();
  }

  setSystem(system: string): void {
    this.chosenSystem = parseSystem(system) ?? this.chosenSystem;
    if (this.stored && this.profile) this.save();
    this.host.requestUpdate();
  }

  setShareConsent(on: boolean): void {
    this.shareConsent = on;
    this.host.requestUpdate();
  }

  setRemember(on: boolean): void {
    this.remember = on;
    if (!on) {
      // Unticking withdraws the consent: nothing stays behind.
      clearProfile();
      this.stored = false;
    } else if (this.profile) {
      this.save();
    }
    this.host.requestUpdate();
  }

  submit(): void {
    this.touched = true;
    if (this.recommend()) {
      if (this.remember) this.save();
      this.effects.focusAfterUpdate('[data-start]');
    } else {
      const field = this.firstInvalid;
      this.effects.focusAfterUpdate(field === 'age' ? '#age' : `#${field ?? 'height'}-0`);
    }
  }

  edit(): void {
    this.show('form');
    this.effects.focusAfterUpdate('#height-0');
  }

  forget(): void {
    clearProfile();
    this.stored = false;
    this.remember = false;
    this.shareConsent = false;
    this.height = emptyEntry(this.heightUnit);
    this.weight = emptyEntry(this.weightUnit);
    this.sex = '';
    this.age = '';
    this.fit = 'regular';
    this.reference.restore(undefined);
    this.errors = {};
    this.profile = undefined;
    this.result = undefined;
    this.chosenSystem = undefined;
    if (this.chart) this.show('form');
    this.host.announce(this.t('size.forgotten'));
    this.effects.focusAfterUpdate('#height-0');
  }

  use(): void {
    const { result, profile } = this;
    if (!result || !profile) return;
    const detail: SizeRecommendedDetail = {
      productId: this.host.activeProductId,
      label: result.label,
      confidence: result.confidence,
      system: this.system,
      systemLabel: this.systemLabel,
      // Body data leaves the helper only when the host offers sharing (share-profile) and the shopper ticked it.
      ...(this.sharing ? { profile: { ...profile } } : {}),
    };
    this.host.chooseSize(detail);
  }

  // ---- internals ----

  private show(mode: PanelMode, message?: MessageKey): void {
    this.mode = mode;
    if (message) this.message = message;
    this.host.requestUpdate();
  }

  private check(field: Field): Problem | undefined {
    if (field === 'height') return checkHeight(this.height, this.heightUnit, this.format);
    if (field === 'weight') return checkWeight(this.weight, this.weightUnit, this.format, toCm(this.height));
    return checkAge(this.age, this.format);
  }

  private setError(field: Field, problem: Problem | undefined): void {
    const errors = { ...this.errors };
    if (problem) errors[field] = problem;
    else delete errors[field];
    this.errors = errors;
  }

  /** Validates everything and, when all is well, asks the engine. */
  private recommend(): boolean {
    for (const field of FIELDS) this.setError(field, this.check(field));
    const heightCm = toCm(this.height);
    const weightKg = toKg(this.weight);
    const age = parseAge(this.age);
    if (!this.chart || Object.keys(this.errors).length > 0 || heightCm === undefined || weightKg === undefined) {
      this.show('form');
      return false;
    }
    const profile: SharedProfile = { heightCm, weightKg, ...(this.sex ? { sex: this.sex } : {}), ...(age !== undefined ? { age } : {}), fit: this.fit };
    const reference = this.reference.reference(this.chart, this.sex);
    const result = recommendSize(reference ? { ...profile, reference } : profile, this.chart);
    if (!result.ok) {
      // The checks above mirror the engine's; this is a safety net that names the field.
      this.setError(result.code === 'height-out-of-range' ? 'height' : result.code === 'age-out-of-range' ? 'age' : 'weight', { key: 'size.implausible' });
      this.show('form');
      return false;
    }
    this.profile = profile;
    this.result = result;
    this.show('result');
    this.host.announce(this.t('size.announce', { label: isolate(result.label), confidence: confidenceText(this.t, this.format, result.confidence) }));
    return true;
  }

  private restoreRemembered(): boolean {
    const stored = readProfile();
    this.stored = stored !== undefined;
    if (!stored || this.touched || this.profile) return false;
    this.remember = true;
    this.chosenUnits = stored.units;
    this.height = heightEntry(stored.heightCm, heightUnitFor(stored.units));
    this.weight = weightEntry(stored.weightKg, this.weightUnit);
    this.sex = stored.sex ?? '';
    this.age = stored.age === undefined ? '' : String(stored.age);
    this.fit = stored.fit;
    if (stored.system) this.chosenSystem = stored.system;
    this.reference.restore(stored.reference);
    return true;
  }

  private save(): void {
    if (!this.profile) return;
    const { heightCm, weightKg, sex, age, fit } = this.profile;
    const reference = this.reference.stored();
    this.stored = writeProfile({
      heightCm,
      weightKg,
      ...(sex ? { sex } : {}),
      ...(age !== undefined ? { age } : {}),
      fit,
      units: this.units,
      ...(this.chosenSystem ? { system: this.chosenSystem } : {}),
      ...(reference ? { reference } : {}),
    });
  }
}

function replaced(values: readonly string[], index: number, value: string): string[] {
  const next = [...values];
  next[index] = value;
  return next;
}
