// Derives a height/weight table for a body chart from people whose true size is known, shaped like real seller
// tables: weight ranges that follow each other (weight is what a height/weight table mostly sizes by) and
// overlapping height ranges that grow with the size. Weight boundaries are the weights that best separate the
// people needing the smaller sizes from those needing the larger ones; each height range spans the middle 80 % of
// the heights of the people in that size. All rounded to whole cm / kg. Derived on the same population the
// baseline is tested on (other folds), this gives the table-only baseline its best fair shot.

/**
 * @param {number} sizeCount
 * @param {{ heightCm: number, weightKg: number }[]} people
 * @param {number[]} truth ground-truth size index per person
 * @returns {{ height: [number, number], weight: [number, number] }[]} one row per size, smallest first
 */
export function deriveTable(sizeCount, people, truth) {
  const weights = weightRanges(sizeCount, people.map((p) => p.weightKg), truth);
  const heights = heightRanges(sizeCount, people.map((p) => p.heightCm), truth);
  return Array.from({ length: sizeCount }, (_, k) => ({ height: heights[k], weight: weights[k] }));
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * sorted.length)))];
}

/** Contiguous ranges; boundary k is the whole-kg threshold that best separates sizes <= k from sizes > k. */
function weightRanges(sizeCount, values, truth) {
  const sorted = values.slice().sort((a, b) => a - b);
  const lo = Math.floor(quantile(sorted, 0.01));
  const hi = Math.ceil(quantile(sorted, 0.99));
  const cuts = [];
  for (let k = 0; k < sizeCount - 1; k++) {
    let best = lo;
    let bestCorrect = -1;
    for (let t = lo; t <= hi; t++) {
      let correct = 0;
      values.forEach((v, i) => (correct += (v < t) === (truth[i] <= k) ? 1 : 0));
      if (correct > bestCorrect) [best, bestCorrect] = [t, correct];
    }
    cuts.push(best);
  }
  // Sizes almost nobody needs get degenerate cuts: keep boundaries increasing, at least 2 kg apart.
  for (let k = 1; k < cuts.length; k++) cuts[k] = Math.max(cuts[k], cuts[k - 1] + 2);
  const edges = [Math.min(lo, cuts[0] - 2), ...cuts, Math.max(hi, cuts[cuts.length - 1] + 2)];
  return Array.from({ length: sizeCount }, (_, k) => [edges[k], edges[k + 1]]);
}

/** Middle 80 % of each size's heights; sizes with few people borrow their neighbour's range; never decreasing. */
function heightRanges(sizeCount, values, truth) {
  const ranges = Array.from({ length: sizeCount }, (_, k) => {
    const own = values.filter((_, i) => truth[i] === k).sort((a, b) => a - b);
    return own.length >= 10 ? [Math.floor(quantile(own, 0.1)), Math.ceil(quantile(own, 0.9))] : undefined;
  });
  const firstKnown = ranges.findIndex(Boolean);
  if (firstKnown < 0) {
    const all = values.slice().sort((a, b) => a - b);
    return ranges.map(() => [Math.floor(quantile(all, 0.1)), Math.ceil(quantile(all, 0.9))]);
  }
  for (let k = firstKnown - 1; k >= 0; k--) ranges[k] = ranges[k + 1];
  for (let k = 1; k < sizeCount; k++) {
    const prev = ranges[k - 1];
    const own = ranges[k] ?? prev;
    ranges[k] = [Math.max(own[0], prev[0]), Math.max(own[1], prev[1])];
  }
  return ranges.map(([a, b]) => [a, Math.max(b, a + 2)]);
}
