import type { SizeBelief } from './fixes.js';

/**
 * The size engine's probabilities for this shopper, from the profile they chose to remember in the size helper on
 * this device. Undefined when none is remembered or the chart is unusable. The engine loads only here, on a size
 * problem, so the check itself stays small.
 */
export async function sizeBelief(chart: unknown): Promise<SizeBelief | undefined> {
  try {
    const [{ readProfile }, { recommendSize }] = await Promise.all([import('../size/widget/profile-store.js'), import('../size/index.js')]);
    const profile = readProfile();
    if (!profile) return undefined;
    const result = recommendSize(
      { heightCm: profile.heightCm, weightKg: profile.weightKg, fit: profile.fit, ...(profile.sex ? { sex: profile.sex } : {}), ...(profile.age ? { age: profile.age } : {}) },
      chart,
    );
    if (!result.ok) return undefined;
    return new Map([[result.label, result.confidence], ...result.alternatives.map((each) => [each.label, each.probability] as const)]);
  } catch {
    return undefined;
  }
}
