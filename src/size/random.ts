// Deterministic randomness: the same profile and chart must always give the same answer, so Monte Carlo draws come
// from a fixed-seed generator and are computed once and reused.

/** mulberry32: tiny, fast, good enough for simulation; same algorithm as the fitter's fold shuffling. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cache = new Map<string, Float64Array>();

/**
 * count x dims standard normal draws (row-major). Antithetic: the second half mirrors the first, which cancels
 * much of the sampling noise in symmetric quantities at no cost.
 */
export function standardNormals(count: number, dims: number): Float64Array {
  const key = `${count}x${dims}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const random = mulberry32(0x5eed + dims);
  const half = Math.ceil(count / 2);
  const out = new Float64Array(count * dims);
  for (let i = 0; i < half * dims; i += 2) {
    // Box–Muller; 1 - random() keeps the logarithm away from 0.
    const r = Math.sqrt(-2 * Math.log(1 - random()));
    const theta = 2 * Math.PI * random();
    out[i] = r * Math.cos(theta);
    if (i + 1 < half * dims) out[i + 1] = r * Math.sin(theta);
  }
  for (let i = half * dims; i < count * dims; i++) out[i] = -out[i - half * dims]!;
  cache.set(key, out);
  return out;
}

/** Evenly spread uniforms in (0, 1), shuffled with a fixed seed: used to draw the sex of a sex-unknown shopper. */
export function stratifiedUniforms(count: number): Float64Array {
  const key = `u${count}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const random = mulberry32(0xfeed);
  const out = Float64Array.from({ length: count }, (_, i) => (i + 0.5) / count);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  cache.set(key, out);
  return out;
}

/** Lower-triangular L with L L' = matrix (matrix symmetric positive definite). */
export function cholesky(matrix: readonly (readonly number[])[]): number[][] {
  const n = matrix.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i]![j]!;
      for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j]![j]!;
    }
  }
  return l;
}
