// recommendSize: profile + chart -> the size most likely to be right, how likely, and how it will fit.
// Pure: no DOM, no network, no storage — the shopper's body data never leaves the function.
import { BODY_MODEL } from './model/body-model.generated.js';
import type { BodyModel } from './model/body-model-types.js';
import { isInsideData } from './body-estimate.js';
import { DEFAULT_DRAWS, sampleBodies, sampleMedians, weightedMedians, type BodySamples } from './body-samples.js';
import { validateChart } from './chart.js';
import { decide } from './decide.js';
import { howItRuns, shiftPosterior, type ShiftPosterior } from './fit-feedback.js';
import { decidingMeasurements } from './ground-truth.js';
import { tableProbabilities } from './height-weight.js';
import { boundaryOf, fitNotes } from './notes.js';
import { checkProfile, type CheckedProfile } from './profile.js';
import { referenceIndices, referenceSupport, referenceWeights, resolveReference, REFERENCE_ERROR, type ResolvedReference } from './reference.js';
import { bodyProbabilities, pool } from './size-probabilities.js';
import type { Audience, Basis, Caveat, Chart, Profile, Recommendation, RecommendResult } from './types.js';

export interface RecommendOptions {
  /** Body model to use instead of the built-in one (the evaluation passes models refitted per fold). */
  readonly model?: BodyModel;
  /** Monte Carlo draws; more is smoother and slower. */
  readonly draws?: number;
  /** Weight of the height/weight table when a chart also has body ranges (see size-probabilities.ts). */
  readonly tableWeight?: number;
  /** Spread (in rows) of height/weight table probabilities (see height-weight.ts). */
  readonly tableSpread?: number;
  /** P(a named reference size is k sizes off), k = 0, 1, 2, 3+ (see reference.ts). */
  readonly referenceError?: readonly number[];
}

/** Weight of the seller's table against the body ranges when a chart has both (tuned in the evaluation). */
export const TABLE_WEIGHT = 0.1;
/** Below this share of draws within one size of the reference, the reference contradicts height and weight. */
const CONTRADICTION = 0.05;
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
  const raw = (profile as { reference?: unknown } | null)?.reference;
  const reference = raw === undefined || raw === null ? undefined : resolveReference(raw, validation.chart, checked.sex);
  if (reference && 'ok' in reference) return reference;
  return recommendFor(checked, validation.chart, options, reference);
}

function recommendFor(profile: CheckedProfile, chart: Chart, options: RecommendOptions, reference?: ResolvedReference): RecommendResult {
  const model = options.model ?? BODY_MODEL;
  const samples = sampleBodies(model, { ...profile, femalePrior: FEMALE_PRIOR[chart.audience] }, options.draws ?? DEFAULT_DRAWS);
  const deciding = decidingMeasurements(chart);
  const hasBody = deciding.length > 0;
  const caveats: Caveat[] = [];
  // A reference size reweights the draws: bodies that would wear it count more.
  let weights: Float64Array | undefined;
  if (reference && hasBody) {
    const indices = referenceIndices(reference, samples);
    weights = referenceWeights(reference, indices, options.referenceError ?? REFERENCE_ERROR);
    if (referenceSupport(reference, indices) < CONTRADICTION) caveats.push('reference-contradicts');
  }
  const medians = weights ? weightedMedians(samples, weights) : sampleMedians(samples);
  const posterior = hasBody && chart.fitFeedback ? shiftPosterior(chart, chart.fitFeedback) : undefined;
  const table = chart.heightWeight ? tableProbabilities(chart.sizes, chart.heightWeight, profile.heightCm, profile.weightKg, options.tableSpread) : undefined;
  const basis: Basis = hasBody && table ? 'combined' : hasBody ? 'measurements' : 'height-weight';
  const probabilitiesFor = (shifts?: ShiftPosterior) => {
    const body = hasBody ? shiftedProbabilities(chart, samples, weights, shifts) : undefined;
    return body && table ? pool(body, table, options.tableWeight ?? TABLE_WEIGHT) : (body ?? table)!;
  };
  const probabilities = probabilitiesFor(posterior);
  const decision = decide(probabilities, profile.fit);
  // Notes and the boundary sentence describe the body against the garment as it really runs.
  const shift = posterior?.meanCm ?? 0;
  const effective = { chest: medians.chest - shift, waist: medians.waist - shift, hip: medians.hip - shift, shoulder: medians.shoulder };
  const notes = fitNotes(chart, decision.index, effective, deciding);
  const boundary = hasBody ? boundaryOf(chart, decision.index, effective, deciding) : undefined;
  const label = chart.sizes[decision.index]!.label;
  const pair = decision.between;
  const result: Recommendation = {
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
    ...(pair
      ? {
          between: {
            smaller: chart.sizes[pair[0]]!.label,
            larger: chart.sizes[pair[1]]!.label,
            smallerProbability: round(probabilities[pair[0]]!),
            largerProbability: round(probabilities[pair[1]]!),
          },
        }
      : {}),
    ...(boundary ? { boundary } : {}),
    ...(posterior ? { fitFeedback: feedbackSummary(posterior, decision.index - decide(probabilitiesFor(), profile.fit).index) } : {}),
    ...(reference && hasBody ? { reference: { label: reference.sizes[reference.index]!.label } } : {}),
    caveats: [...caveatsFor(profile, model, notes.some((n) => n.outside)), ...caveats],
  };
  return result;
}

/** Size probabilities averaged over the fit reports' posterior of how the garment runs (none: as charted). */
function shiftedProbabilities(chart: Chart, samples: BodySamples, weights: Float64Array | undefined, shifts?: ShiftPosterior): number[] {
  if (!shifts) return bodyProbabilities(chart, samples, weights);
  const mixed = new Array<number>(chart.sizes.length).fill(0);
  shifts.shifts.forEach((s, k) => bodyProbabilities(chart, samples, weights, s).forEach((p, i) => (mixed[i]! += shifts.weights[k]! * p)));
  return mixed;
}

function feedbackSummary(posterior: ShiftPosterior, sizesMoved: number): NonNullable<Recommendation['fitFeedback']> {
  return { runs: howItRuns(posterior), shiftCm: round1(posterior.meanCm), reports: posterior.reports, sizesMoved };
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
