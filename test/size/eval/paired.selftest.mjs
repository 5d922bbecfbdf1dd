// node test/size/eval/paired.selftest.mjs — checks the paired comparison on outcomes whose answer is known.
import assert from 'node:assert/strict';
import { pairedComparison } from './paired.mjs';

const person = (key) => key.slice(key.indexOf(':') + 1);
const outcomes = (n, hit) => new Map(Array.from({ length: n }, (_, i) => [`chart:${i}`, hit(i)]));

// The same outcomes: no difference, and no interval around it.
const same = pairedComparison(outcomes(1000, (i) => i % 2 === 0), outcomes(1000, (i) => i % 2 === 0), person);
assert.equal(same.difference, 0);
assert.deepEqual(same.ci95, [0, 0]);
assert.equal(same.signTestP, 1);

// A is right on 60 pairs where B is wrong, B on 20 where A is wrong: +4 points, clearly beyond noise.
const a = outcomes(1000, (i) => i < 500 || (i >= 900 && i < 960));
const b = outcomes(1000, (i) => i < 480 || i >= 960);
const clear = pairedComparison(a, b, person);
assert.equal(clear.onlyA, 80);
assert.equal(clear.onlyB, 40);
assert.ok(Math.abs(clear.difference - 0.04) < 1e-12);
assert.ok(clear.ci95[0] > 0 && clear.ci95[1] > clear.difference, `interval ${clear.ci95} should exclude 0 and contain 0.04`);
assert.ok(clear.signTestP < 0.001);

// 5 against 3 discordant pairs is noise: the interval spans 0.
const noisy = pairedComparison(outcomes(1000, (i) => i < 505), outcomes(1000, (i) => i < 500 || (i >= 505 && i < 508)), person);
assert.ok(noisy.ci95[0] < 0 && noisy.ci95[1] > 0);
assert.ok(noisy.signTestP > 0.5);

// People, not pairs, are resampled: one person on ten charts is one unit.
const charts = (hit) => new Map(Array.from({ length: 10 }, (_, c) => [`c${c}:p`, hit]));
assert.equal(pairedComparison(charts(true), charts(false), person).people, 1);

// Pairs only one method ran are left out.
assert.equal(pairedComparison(outcomes(10, () => true), outcomes(5, () => true), person).n, 5);
console.log('paired comparison: 5 checks passed');
