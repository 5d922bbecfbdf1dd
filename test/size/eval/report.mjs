// Accuracy and calibration bookkeeping for the size evaluation, and the markdown it prints.
import { pairedComparison } from './paired.mjs';

export const METHODS = [
  { key: 'engine', short: 'measured', label: 'engine (height, weight, sex, age)', calibrated: true },
  { key: 'engineHw', short: 'measured, no sex/age', label: 'engine (height and weight only)', calibrated: true },
  { key: 'combined', short: 'combined', label: 'engine, chart with body ranges + height/weight table', calibrated: true },
  { key: 'engineTable', short: 'table only', label: 'engine, chart with height/weight table only', calibrated: true },
  { key: 'self', short: 'self-reported, report-error model', label: 'self-reported input: engine with the report-error model (default)', calibrated: true },
  { key: 'selfNaive', short: 'self-reported taken as measured', label: 'self-reported input taken as measured', calibrated: true },
  { key: 'selfPoint', short: 'self-reported, point-corrected', label: 'self-reported input, corrected to its expected measured value (point)', calibrated: true },
  { key: 'selfRefit', short: 'self-reported, model refitted on reports', label: 'self-reported input, point inputs, model refitted on reports', calibrated: true },
  { key: 'refSelf', short: 'self-reported + reference size', label: 'self-reported input + simulated reference size', calibrated: true },
  { key: 'smallTrue', short: 'runs small: engine told the true chart', label: 'runs-small garment, engine given the true ranges', calibrated: true },
  { key: 'smallStated', short: 'runs small: stated chart, no reports', label: 'runs-small garment, stated chart, no fit reports', calibrated: true },
  { key: 'smallFeedback', short: 'runs small: stated chart + 300 fit reports', label: 'runs-small garment, stated chart + 300 fit reports', calibrated: true },
  { key: 'tableRule', short: 'table rule', label: 'baseline: height/weight table rule', calibrated: false },
  { key: 'mostCommon', short: 'most common', label: 'baseline: most common size', calibrated: false },
];

/** Side-by-side tables: one column per method, one row per chart. */
const SECTIONS = [
  {
    title: 'Measured vs self-reported height and weight',
    note: 'Same people, same charts, sex and age given. Self-reported = ANSUR II Heightin/Weightlbs (reports the engine refuses, e.g. a weight of 0, left out: one man).',
    keys: ['engine', 'self', 'selfNaive', 'selfPoint', 'selfRefit'],
  },
  {
    title: 'With and without a reference size ("I wear M in this other brand")',
    note: 'Self-reported input. The other brand\'s chart has every band 3 cm larger; the simulated shopper names their true size in it 3 times in 4, else one size off.',
    keys: ['self', 'refSelf'],
  },
  {
    title: 'A garment that runs small, with and without fit reports',
    note: 'Self-reported input. The garment fits as if every range were 4 cm lower than its chart says; truth is judged on the true ranges. Reports: 300 buyers from the training folds who bought what the engine said on the stated chart.',
    keys: ['smallTrue', 'smallStated', 'smallFeedback'],
  },
];

/** Method pairs compared person by person (A − B in exact accuracy), to tell a real difference from noise. */
const PAIRS = [
  ['self', 'selfRefit'],
  ['self', 'selfPoint'],
  ['self', 'selfNaive'],
];

const BINS = 10;

export class Tally {
  n = 0;
  exact = 0;
  withinOne = 0;
  confidence = 0;
  bins = Array.from({ length: BINS }, () => ({ n: 0, confidence: 0, correct: 0 }));
  /** Exact or not, per `${chart}:${person}` (for the paired comparisons). */
  outcomes = new Map();

  add(predicted, truth, confidence, key) {
    const correct = predicted === truth;
    if (key !== undefined) this.outcomes.set(key, correct);
    this.n++;
    this.exact += correct ? 1 : 0;
    this.withinOne += Math.abs(predicted - truth) <= 1 ? 1 : 0;
    if (confidence === undefined) return;
    this.confidence += confidence;
    const bin = this.bins[Math.min(BINS - 1, Math.floor(confidence * BINS))];
    bin.n++;
    bin.confidence += confidence;
    bin.correct += correct ? 1 : 0;
  }

  merge(other) {
    this.n += other.n;
    this.exact += other.exact;
    this.withinOne += other.withinOne;
    this.confidence += other.confidence;
    other.bins.forEach((b, i) => {
      this.bins[i].n += b.n;
      this.bins[i].confidence += b.confidence;
      this.bins[i].correct += b.correct;
    });
    for (const [key, correct] of other.outcomes) this.outcomes.set(key, correct);
    return this;
  }

  /** Expected calibration error: bin-size-weighted |mean confidence - accuracy|. */
  get ece() {
    return this.bins.reduce((s, b) => s + (b.n ? (b.n / this.n) * Math.abs(b.confidence / b.n - b.correct / b.n) : 0), 0);
  }
}

const pct = (x) => `${(100 * x).toFixed(1)} %`;

export function renderReport(charts, tallies, { K, n, dataDir, options }) {
  const total = Object.fromEntries(METHODS.map((m) => [m.key, new Tally()]));
  for (const c of charts) for (const m of METHODS) total[m.key].merge(tallies.get(c.file)[m.key]);
  const out = [];
  out.push(`${K}-fold cross-validation on ${n} people (${dataDir}), model refitted on each fold's training part.`);
  if (Object.keys(options).length) out.push(`Options: ${JSON.stringify(options)}.`);
  out.push('', '### Engine vs baselines (exact size / within one size)', '');
  out.push('| chart | n | engine | engine mean confidence | engine ECE | height/weight table rule | most common size |');
  out.push('|---|---:|---|---:|---:|---|---|');
  const row = (name, t) =>
    `| ${name} | ${t.engine.n} | ${pct(t.engine.exact / t.engine.n)} / ${pct(t.engine.withinOne / t.engine.n)} | ${pct(t.engine.confidence / t.engine.n)} | ${t.engine.ece.toFixed(3)} | ` +
    `${pct(t.tableRule.exact / t.tableRule.n)} / ${pct(t.tableRule.withinOne / t.tableRule.n)} | ${pct(t.mostCommon.exact / t.mostCommon.n)} / ${pct(t.mostCommon.withinOne / t.mostCommon.n)} |`;
  for (const c of charts) out.push(row(c.name, tallies.get(c.file)));
  out.push(row('**all charts**', total));
  out.push('', '### Engine variants (all charts pooled)', '');
  out.push('| method | exact | within one | mean confidence | ECE |');
  out.push('|---|---:|---:|---:|---:|');
  for (const m of METHODS) {
    const t = total[m.key];
    const conf = m.calibrated ? `${pct(t.confidence / t.n)}` : '–';
    const ece = m.calibrated ? t.ece.toFixed(3) : '–';
    out.push(`| ${m.label} | ${pct(t.exact / t.n)} | ${pct(t.withinOne / t.n)} | ${conf} | ${ece} |`);
  }
  for (const section of SECTIONS) {
    if (!section.keys.some((k) => total[k].n > 0)) continue;
    out.push('', `### ${section.title} (exact / ECE)`, '', section.note, '');
    out.push(`| chart | ${section.keys.map((k) => METHODS.find((m) => m.key === k).short).join(' | ')} |`);
    out.push(`|---|${section.keys.map(() => '---:').join('|')}|`);
    const cells = (t) => section.keys.map((k) => (t[k].n ? `${pct(t[k].exact / t[k].n)} / ${t[k].ece.toFixed(3)}` : '–')).join(' | ');
    for (const c of charts) out.push(`| ${c.name} | ${cells(tallies.get(c.file))} |`);
    out.push(`| **all charts** | ${cells(total)} |`);
  }
  const compared = PAIRS.map(([a, b]) => [a, b, pairedComparison(total[a].outcomes, total[b].outcomes, (key) => key.slice(key.indexOf(':') + 1))]);
  if (compared.some(([, , r]) => r)) {
    const short = (k) => METHODS.find((m) => m.key === k).short;
    const points = (x) => `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(2)}`;
    out.push('', '### Paired comparisons (exact size, all charts pooled)', '');
    out.push('Same person, same chart, both methods. Difference A − B in points; 95 % interval from a bootstrap over people (each person counts with all their charts); sign test on the pairs where exactly one method is right (treats pairs as independent).', '');
    out.push('| A | B | pairs (people) | A − B | 95 % interval | only A right | only B right | sign test p |');
    out.push('|---|---|---:|---:|---|---:|---:|---:|');
    for (const [a, b, r] of compared) {
      if (!r) continue;
      out.push(`| ${short(a)} | ${short(b)} | ${r.n} (${r.people}) | ${points(r.difference)} | ${points(r.ci95[0])} to ${points(r.ci95[1])} | ${r.onlyA} | ${r.onlyB} | ${r.signTestP.toFixed(2)} |`);
    }
  }
  out.push('', '### Reliability of the engine\'s confidence (height, weight, sex, age; all charts pooled)', '');
  out.push('| confidence bin | n | mean confidence | observed accuracy |');
  out.push('|---|---:|---:|---:|');
  total.engine.bins.forEach((b, i) => {
    if (!b.n) return;
    out.push(`| ${(i / BINS).toFixed(1)}–${((i + 1) / BINS).toFixed(1)} | ${b.n} | ${pct(b.confidence / b.n)} | ${pct(b.correct / b.n)} |`);
  });
  return out.join('\n');
}
