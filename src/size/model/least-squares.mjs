// Ordinary least squares by Householder QR. QR rather than the normal equations because the design matrices mix
// raw heights (~1700 mm), products and squares, and X'X would square their already poor conditioning.

/**
 * Solves min ||X b - y|| for b.
 * @param {number[][]} rows design matrix, one array per observation (already containing the intercept column)
 * @param {number[]} y responses
 * @returns {number[]} coefficients, one per column
 */
export function leastSquares(rows, y) {
  const n = rows.length;
  const p = rows[0].length;
  if (n <= p) throw new Error(`least squares needs more rows (${n}) than columns (${p})`);
  // Column scaling keeps Householder reflections well behaved when columns differ by orders of magnitude.
  const scale = Array.from({ length: p }, (_, j) => Math.max(...rows.map((r) => Math.abs(r[j]))) || 1);
  const a = rows.map((r) => r.map((v, j) => v / scale[j]));
  const b = y.slice();
  for (let k = 0; k < p; k++) {
    let norm = 0;
    for (let i = k; i < n; i++) norm += a[i][k] * a[i][k];
    norm = Math.sqrt(norm);
    if (norm === 0) throw new Error(`column ${k} is all zeros`);
    const alpha = a[k][k] > 0 ? -norm : norm;
    const v = new Float64Array(n);
    v[k] = a[k][k] - alpha;
    for (let i = k + 1; i < n; i++) v[i] = a[i][k];
    let vv = 0;
    for (let i = k; i < n; i++) vv += v[i] * v[i];
    if (vv === 0) continue;
    for (let j = k; j < p; j++) {
      let dot = 0;
      for (let i = k; i < n; i++) dot += v[i] * a[i][j];
      const f = (2 * dot) / vv;
      for (let i = k; i < n; i++) a[i][j] -= f * v[i];
    }
    let dot = 0;
    for (let i = k; i < n; i++) dot += v[i] * b[i];
    const f = (2 * dot) / vv;
    for (let i = k; i < n; i++) b[i] -= f * v[i];
  }
  // Back substitution on the upper-triangular R.
  const coef = new Array(p).fill(0);
  for (let k = p - 1; k >= 0; k--) {
    let s = b[k];
    for (let j = k + 1; j < p; j++) s -= a[k][j] * coef[j];
    if (Math.abs(a[k][k]) < 1e-12) throw new Error(`design matrix is rank deficient at column ${k}`);
    coef[k] = s / a[k][k];
  }
  return coef.map((c, j) => c / scale[j]);
}
