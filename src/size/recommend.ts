// recommendSize: profile + chart -> the size most likely to be right, how likely, and how it will fit.
// Pure: no DOM, no network, no storage — the shopper's body data never leaves the function.
import { BODY_MODEL } from './model/body-model.generated.js';
import type { BodyModel } from './model/body-model-types.js';
import { isInsideData } from './body-estimate.js';
import { DEFAULT_DRAWS, sampleBodies, sampleMedians } from './body-samples.js';
import { validateChart } from './chart.js';
import { decide } from './decide.js';
import { decidingMeasurements } from './ground-truth.js';
import { tableProbabilities } from './height-weight.js';
import { fitNotes } from './notes.js';
import { checkProfile, type CheckedProfile } from './profile.js';
import { bodyProbabilities, pool } from './size-probabilities.js';
import type { Audience, Basis, Caveat, Chart, Profile, RecommendResult } from './types.js';

export interface RecommendOptions {
  /** Body model to use instead of the built-in one (the evaluation passes models refitted per fold). */
  readonly model?: BodyModel;
  /** Monte Carlo draws; more is smoother and slower. */
  readonly draws?: number;
  /** Weight of the height/weight table when a chart also has body ranges (see size-probabilities.ts). */
  readonly tableWeight?: number;
  /** Spread (in rows) of height/weight table probabilities (see height-weight.ts). */
  readonly tableSpread?: number;
}

/** Weight of the seller's table against the body ranges when a chart has both (tuned in the evaluation). */
export const TABLE_WEIGHT = 0.1;

/** Prior that a shopper who did not give their sex is female, from whom the product is cut for. */
const FEMALE_PRIOR: Record<Audience, number> = { women: 0.95, men: 0.05, unisex: 0.5 };

/** The chart may be raw seller JSON (validated here) or a Chart that validateChart already returned. */
export function recommendSize(profile: Profile, chart: unknown, options: RecommendOptions = {}): RecommendResult {
  const checked = checkProfile(profile);
  if ('ok' in checked) return checked;
  const validation = validateChart(chart);
  if (!validation.ok) {
    const first = validation.errors[0];
    return { ok: false, code: 'invalid-chart', message: `The size chart is not usable: ${first?.path || 'chart'} ${first?.message ?? ''}`.trim(), errors: validation.errors };
  }
  return recommendFor(checked, validation.chart, options);
}

function recommendFor(profile: CheckedProfile, chart: Chart, options: RecommendOptions): RecommendResult {
  const model = options.model ?? BODY_MODEL;
  const samples = sampleBodies(model, { ...profile, femalePrior: FEMALE_PRIOR[chart.audience] }, options.draws ?? DEFAULT_DRAWS);
  const medians = sampleMedians(samples);
  const deciding = decidingMeasurements(chart);
  const hasBody = deciding.length > 0;
  const table = chart.heightWeight ? tableProbabilities(chart.sizes, chart.heightWeight, profile.heightCm, profile.weightKg, options.tableSpread) : undefined;
  const body = hasBody ? bodyProbabilities(chart, samples) : undefined;
  const basis: Basis = body && table ? 'combined' : body ? 'measurements' : 'height-weight';
  const probabilities = body && table ? pool(body, table, options.tableWeight ?? TABLE_WEIGHT) : (body ?? table)!;

  const decision = decide(probabilities, profile.fit);
  const notes = fitNotes(chart, decision.index, medians, deciding);
  const label = chart.sizes[decision.index]!.label;
  return {
    ok: true,
    label,
    confidence: round(probabilities[decision.index]!),
    alternatives: chart.sizes
      .map((s, i) => ({ label: s.label, probability: round(probabilities[i]!) }))
      .filter((a) => a.label !== label && a.probability >= 0.01)
      .sort((a, b) => b.probability - a.probability),
    notes,
    estimate: { chestCm: round1(medians.chest), waistCm: round1(medians.waist), hipCm: round1(medians.hip), shoulderCm: round1(medians.shoulder) },
    basis,
    ...(decision.between ? { between: { smaller: chart.sizes[decision.between[0]]!.label, larger: chart.sizes[decision.between[1]]!.label } } : {}),
    caveats: caveatsFor(profile, model, notes.some((n) => n.outside)),
  };
}

function caveatsFor(profile: CheckedProfile, model: BodyModel, clamped: boolean): Caveat[] {
  const sexes = profile.sex ? [model.sexes[profile.sex]] : [model.sexes.female, model.sexes.male];
  const x = { heightCm: profile.heightCm, weightKg: profile.weightKg, age: profile.age ?? 30 };
  const caveats: Caveat[] = [];
  if (sexes.some((s) => !isInsideData(s.limits, x))) caveats.push('outside-data-range');
  if (profile.age !== undefined && sexes.some((s) => profile.age! < s.limits.age[0]! || profile.age! > s.limits.age[1]!)) caveats.push('age-outside-data');
  if (!profile.sex) caveats.push('sex-unknown');
  if (clamped) caveats.push('clamped-to-chart');
  return caveats;
}

const round = (v: number) => Math.round(v * 1000) / 1000;
const round1 = (v: number) => Math.round(v * 10) / 10;
