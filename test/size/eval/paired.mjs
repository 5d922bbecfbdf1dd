// Paired comparison of two methods on the same people: is a difference in exact accuracy beyond noise?
// Each person is sized on several charts (women on four, men on two), so their outcomes are not independent. The
// bootstrap therefore resamples people, not person-chart pairs; the sign test on discordant pairs is shown too,
// but treats every pair as independent (it is a little optimistic).
import { mulberry32 } from '../../../src/size/model/fit-lib.mjs';

const RESAMPLES = 4000;

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 on erf; ample for a p-value). */
function normalCdf(z) {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * @param {Map<string, boolean>} a  outcome per `${chart}:${person}` (true = exact size) of method A
 * @param {Map<string, boolean>} b  the same for method B
 * @param {(key: string) => string} personOf  the person a key belongs to (the bootstrap's unit)
 */
export function pairedComparison(a, b, personOf, seed = 1) {
  const perPerson = new Map();
  let [onlyA, onlyB, n] = [0, 0, 0];
  for (const [key, hitA] of a) {
    if (!b.has(key)) continue;
    const hitB = b.get(key);
    n++;
    if (hitA && !hitB) onlyA++;
    if (hitB && !hitA) onlyB++;
    const who = personOf(key);
    const s = perPerson.get(who) ?? { d: 0, n: 0 };
    s.d += (hitA ? 1 : 0) - (hitB ? 1 : 0);
    s.n++;
    perPerson.set(who, s);
  }
  if (!n) return undefined;
  const units = [...perPerson.values()];
  const random = mulberry32(seed);
  const diffs = new Float64Array(RESAMPLES);
  for (let r = 0; r < RESAMPLES; r++) {
    let [d, m] = [0, 0];
    for (let i = 0; i < units.length; i++) {
      const u = units[Math.floor(random() * units.length)];
      d += u.d;
      m += u.n;
    }
    diffs[r] = d / m;
  }
  diffs.sort();
  const discordant = onlyA + onlyB;
  // Two-sided sign test, normal approximation with continuity correction (hundreds of discordant pairs).
  const z = discordant ? (Math.abs(onlyA - onlyB) - 1) / Math.sqrt(discordant) : 0;
  return {
    n,
    people: units.length,
    difference: (onlyA - onlyB) / n,
    ci95: [diffs[Math.floor(0.025 * RESAMPLES)], diffs[Math.ceil(0.975 * RESAMPLES) - 1]],
    onlyA,
    onlyB,
    signTestP: z > 0 ? Math.min(1, 2 * (1 - normalCdf(z))) : 1,
  };
}
