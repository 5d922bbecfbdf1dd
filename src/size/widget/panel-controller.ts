// The panel's state and actions: the shopper's entries, validation, the recommendation, the size system, and
// "remember me". Rendering is in form-view.ts and result-view.ts; the element (size-helper.component.ts) owns the
// dialog around it.
import type { TemplateResult } from 'lit';
import type { MessageKey } from '../../i18n/en.js';
import type { MessageParams } from '../../i18n/translate.js';
import { isolate } from '../../internal/text.js';
import { validateChart } from '../chart.js';
import { recommendSize } from '../recommend.js';
import { systemForLocale } from '../systems/locale.js';
import type { SizeSystem } from '../systems/types.js';
import type { Chart, FitNote, FitPreference, Recommendation, Sex } from '../types.js';
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
import { formView } from './form-view.js';
import { confidenceKey, MEASUREMENT_KEYS, NOTE_KEYS } from './labels.js';
import { UnitFormat } from './format.js';
import { shopperLocale } from './locale.js';
import { PressGuard } from './press-guard.js';
import { clearProfile, readProfile, writeProfile } from './profile-store.js';
import { ReferenceChoice } from './reference-step.js';
import { parseSystem, systemLabel } from './panel-systems.js';
import { messageView, resultView, tableView } from './result-view.js';
import type { PanelHost, PanelView, SharedProfile, SizeRecommendedDetail, UnitSystem } from './types.js';

export type PanelMode = 'form' | 'result' | 'table' | 'message';

export function createPanel(host: PanelHost): PanelView {
  return new SizePanel(host);
}

export class SizePanel implements PanelView {
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
  private readonly press: PressGuard;

  constructor(readonly host: PanelHost) {
    this.format = new UnitFormat(host.i18n);
    this.press = new PressGuard(host);
  }

  readonly t = (key: MessageKey, params?: MessageParams): string => this.host.i18n.t(key, params);

  private get locale(): string {
    return shopperLocale(this.host);
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

  /** The strings the inputs of a measurement show in the current units. */
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

  render(): TemplateResult {
    switch (this.mode) {
      case 'form':
        return formView(this);
      case 'result':
        return resultView(this);
      case 'table':
        return tableView(this);
      default:
        return messageView(this);
    }
  }

  focusStart(): void {
    const root = this.host.shadowRoot;
    const invalid = (['height', 'weight', 'age'] as const).find((field) => this.errors[field]);
    const selector = this.mode === 'form' ? `#${invalid ?? 'height'}-0, #${invalid ?? 'height'}` : '[data-start]';
    root?.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---- actions from the views ----

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
   * Focus left a field: check it once the press that moved focus has landed (press-guard.ts). An empty field gets
   * no message (that is only an error on submit), but keeps one a submit gave it: messages move only as values do.
   */
  commit(field: Field): void {
    this.press.run(() => {
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

  setFit(fit: FitPreference): void {
    this.fit = fit;
    this.touched = true;
    this.host.requestUpdate();
  }

  /** The size worn elsewhere changed (result view): the answer follows at once. */
  referenceChanged(): void {
    this.touched = true;
    if (this.result && this.recommend() && this.stored) this.save();
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

  /** Whether the shopper is asked to share (the host enabled it) and agreed. */
  get sharing(): boolean {
    return this.host.shareProfile && this.shareConsent;
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
      this.focusAfterUpdate('[data-start]');
    } else {
      this.focusAfterUpdate(this.firstInvalidSelector());
    }
  }

  edit(): void {
    this.show('form');
    this.focusAfterUpdate('#height-0');
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
    this.focusAfterUpdate('#height-0');
  }

  use(): void {
    const { result, profile } = this;
    if (!result || !profile) return;
    const detail: SizeRecommendedDetail = {
      productId: this.host.activeProductId,
      label: result.label,
      confidence: result.confidence,
      system: this.system,
      systemLabel: systemLabel(this),
      // Body data leaves the helper only when the host offers sharing (share-profile) and the shopper ticked it.
      ...(this.sharing ? { profile: { ...profile } } : {}),
    };
    this.host.chooseSize(detail);
  }

  // ---- derived text for the views ----

  problemText(problem: Problem): string {
    return this.t(problem.key, problem.params);
  }

  confidenceText(confidence: number): string {
    return this.t('size.confidence', { level: this.t(confidenceKey(confidence)), percent: this.format.percent(confidence) });
  }

  noteText(note: FitNote): string {
    const word = this.t(NOTE_KEYS[note.fit]);
    // Room is stated in cm (or inches), so "loose" says how loose.
    const fit = note.roomCm === undefined ? word : this.t('size.noteRoom', { fit: word, room: this.format.girth(note.roomCm, this.units === 'metric') });
    const value = note.outside ? this.t(note.outside === 'below-smallest' ? 'size.noteBelow' : 'size.noteAbove', { fit }) : fit;
    return this.t('size.pair', { name: this.t(MEASUREMENT_KEYS[note.measurement]), v: value });
  }

  modelText(): string | undefined {
    const model = this.chart?.model;
    if (!model) return undefined;
    return this.t('size.model', {
      height: this.format.height(model.height, this.heightUnit),
      weight: this.format.weight(model.weight, this.weightUnit),
      label: isolate(model.wears),
    });
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

  private firstInvalidSelector(): string {
    const field = (['height', 'weight', 'age'] as const).find((each) => this.errors[each]);
    return field === 'age' ? '#age' : `#${field ?? 'height'}-0`;
  }

  /** Validates everything and, when all is well, asks the engine. */
  private recommend(): boolean {
    for (const field of ['height', 'weight', 'age'] as const) this.setError(field, this.check(field));
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
    this.host.announce(this.t('size.announce', { label: isolate(result.label), confidence: this.confidenceText(result.confidence) }));
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
      ...{ heightCm, weightKg, ...(sex ? { sex } : {}), ...(age !== undefined ? { age } : {}), fit, units: this.units },
      ...(this.chosenSystem ? { system: this.chosenSystem } : {}),
      ...(reference ? { reference } : {}),
    });
  }

  private focusAfterUpdate(selector: string): void {
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
  }
}

function replaced(values: readonly string[], index: number, value: string): string[] {
  const next = [...values];
  next[index] = value;
  return next;
}
