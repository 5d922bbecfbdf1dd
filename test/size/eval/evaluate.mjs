#!/usr/bin/env node
// npm run eval:size — k-fold cross-validation of the size engine on the ANSUR II training data.
//   --data DIR         anthropometry folder (default ../shared/data/anthropometry beside the repo)
//   --folds K          default 5
//   --draws N          Monte Carlo draws per recommendation (default: the engine's)
//   --table-weight W, --table-spread S   override the engine's tuned constants (for tuning)
//   --only a,b         run only these methods (keys in report.mjs), e.g. when tuning
//   --max-folds M      evaluate only the first M folds (for tuning)
//   --write-docs       put the tables into docs/size-accuracy.md (between the eval markers)
//   --write-fixtures   refresh the committed test fixtures: the heightWeight tables of the table fixtures
//                      (derived from all training data) and test/size/eval/heldout-sample.json (fold 1's model
//                      and a sample of fold 1's people, for the calibration unit test)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAnsur } from '../../../src/size/model/ansur.mjs';
import { assignFolds, fitBodyModel, mulberry32 } from '../../../src/size/model/fit-lib.mjs';
import { usableReport } from '../../../src/size/model/fit-report.mjs';
import { loadSizeEngine } from './bundle.mjs';
import { deriveTable } from './derive-table.mjs';
import { METHODS, Tally, renderReport } from './report.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const flag = (name) => process.argv.includes(name);
const only = arg('--only')?.split(',');
const runs = (key) => !only || only.includes(key);

const dataDir = path.resolve(arg('--data', path.resolve(repoRoot, '../shared/data/anthropometry')));
const K = Number(arg('--folds', 5));
const SEED = 20240601;
const options = {
  ...(arg('--draws') ? { draws: Number(arg('--draws')) } : {}),
  ...(arg('--table-weight') ? { tableWeight: Number(arg('--table-weight')) } : {}),
  ...(arg('--table-spread') ? { tableSpread: Number(arg('--table-spread')) } : {}),
};

/** Body charts evaluated; `sex` is whose bodies the chart is cut for (its test population). */
const CHARTS = [
  { name: "women's tops (EU 32–54, EN 13402-3 bust bands)", file: 'women-tops.json', sex: 'female' },
  { name: "women's tops (CN letters, 4 cm bands)", file: 'women-tops-cn.json', sex: 'female' },
  { name: "men's tops (EN 13402-3 letter codes)", file: 'men-tops.json', sex: 'male' },
  { name: "women's bottoms (EU 34–54, waist + hip)", file: 'women-bottoms.json', sex: 'female' },
  { name: "men's bottoms (waist inches 28–48, waist + hip)", file: 'men-bottoms.json', sex: 'male' },
  { name: "women's dresses (letters, chest + waist + hip)", file: 'women-dresses.json', sex: 'female' },
];

/** The other brand of the reference simulation: bands REFERENCE_OFFSET_CM larger than this chart's. */
const REFERENCE_OFFSET_CM = 3;
/** The runs-small simulation: the garment fits as if every range were 4 cm lower than the chart states. */
const RUNS_SMALL_CM = -4;
const FEEDBACK_REPORTS = 300;

const engine = await loadSizeEngine();
const people = readAnsur(dataDir);
const folds = assignFolds(people, K, SEED);
const personId = new Map(people.map((p, i) => [p, i]));
const body = (p) => ({ chest: p.chestCm, waist: p.waistCm, hip: p.hipCm, shoulder: p.shoulderCm });

const charts = CHARTS.map((c) => {
  const raw = JSON.parse(readFileSync(path.join(here, '../charts', c.file), 'utf8'));
  delete raw.heightWeight; // the evaluation derives each fold's table from that fold's training people
  const validation = engine.validateChart(raw);
  if (!validation.ok) throw new Error(`${c.file}: ${JSON.stringify(validation.errors)}`);
  return { ...c, chart: validation.chart };
});

const tallies = new Map(charts.map((c) => [c.file, { ...Object.fromEntries(METHODS.map((m) => [m.key, new Tally()])), refused: 0 }]));
const started = Date.now();
// --max-folds M: only the first M folds (quicker runs while tuning; reports then cover part of the people).
for (let fold = 0; fold < Math.min(K, Number(arg('--max-folds', K))); fold++) {
  const train = people.filter((_, i) => folds[i] !== fold);
  const test = people.filter((_, i) => folds[i] === fold);
  const model = fitBodyModel(train);
  // Baseline for self-reported input: the same model refitted with what people reported as its inputs.
  const reportedModel = runs('selfRefit') ? fitBodyModel(train.filter(usableReport).map(asReported)) : undefined;
  const models = { model, reportedModel };
  for (const c of charts) evaluateChart(c, models, train.filter((p) => p.sex === c.sex), test.filter((p) => p.sex === c.sex));
  process.stderr.write(`fold ${fold + 1}/${K} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
}

/** The report-error model's point estimate of measured height and weight (no uncertainty carried). */
function corrected(report, typed) {
  const heightCm = report.height.coef[0] + report.height.coef[1] * (typed.heightCm - 170);
  const weightKg = 70 * Math.exp(report.lnWeight.coef[0] + report.lnWeight.coef[1] * Math.log(typed.weightKg / 70));
  return { ...typed, heightCm, weightKg };
}

function asReported(p) {
  return { ...p, heightCm: p.reportedHeightCm, weightKg: p.reportedWeightKg };
}

function tableFor(chart, trainPeople) {
  const truth = trainPeople.map((p) => engine.groundTruthIndex(chart, body(p)));
  return deriveTable(chart.sizes.length, trainPeople, truth).map((row, k) => ({ label: chart.sizes[k].label, ...row }));
}

/** A chart whose every range is moved by `cm` (another brand's cut, or a garment that runs small). */
function shifted(chart, cm) {
  const move = (r) => (r ? [r[0] + cm, r[1] + cm] : undefined);
  return { ...chart, sizes: chart.sizes.map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === 'label' ? v : move(v)]))) };
}

/** A shopper's reference size: their true size in the other brand, right 3 times in 4, else one size off. */
function simulatedReference(refChart, p, random) {
  const truth = engine.groundTruthIndex(refChart, body(p));
  const last = refChart.sizes.length - 1;
  let index = truth;
  if (random() >= 0.75) index = truth === 0 ? 1 : truth === last ? last - 1 : truth + (random() < 0.5 ? -1 : 1);
  return { chart: refChart, label: refChart.sizes[index].label };
}

/** 300 earlier buyers (training folds): each bought what the engine said on the chart as stated, then said how it fit. */
function simulatedFeedback(stated, real, model, trainPeople, random) {
  const buyers = trainPeople.filter(usableReport).map((p) => [random(), p]).sort((a, b) => a[0] - b[0]).slice(0, FEEDBACK_REPORTS);
  const reports = buyers.map(([, p]) => {
    const bought = engine.recommendSize({ heightCm: p.reportedHeightCm, weightKg: p.reportedWeightKg, sex: p.sex, age: p.age }, stated, { model, draws: 512 });
    const k = stated.sizes.findIndex((s) => s.label === bought.label);
    const truth = engine.groundTruthIndex(real, body(p));
    return { label: bought.label, fit: truth > k ? 'too-small' : truth < k ? 'too-large' : 'just-right' };
  });
  return engine.aggregateFitReports(reports);
}

function evaluateChart(c, { model, reportedModel }, trainPeople, testPeople) {
  const { chart } = c;
  const index = new Map(chart.sizes.map((s, i) => [s.label, i]));
  const trainTruth = trainPeople.map((p) => engine.groundTruthIndex(chart, body(p)));
  const counts = new Array(chart.sizes.length).fill(0);
  trainTruth.forEach((t) => counts[t]++);
  const mostCommon = counts.indexOf(Math.max(...counts));
  const table = tableFor(chart, trainPeople);
  const combined = { ...chart, heightWeight: table };
  const tableOnly = { ...chart, sizes: chart.sizes.map((s) => ({ label: s.label })), heightWeight: table };
  const tally = tallies.get(c.file);
  const random = mulberry32(SEED + testPeople.length + chart.sizes.length);
  const refChart = shifted(chart, REFERENCE_OFFSET_CM);
  const runsSmall = shifted(chart, RUNS_SMALL_CM);
  const withFeedback = runs('smallFeedback') ? { ...chart, fitFeedback: simulatedFeedback(chart, runsSmall, model, trainPeople, random) } : chart;
  for (const p of testPeople) {
    const truth = engine.groundTruthIndex(chart, body(p));
    const full = { heightCm: p.heightCm, weightKg: p.weightKg, sex: p.sex, age: p.age, measured: true };
    const record = (key, recommend) => {
      if (!runs(key)) return;
      const result = recommend();
      if (!result.ok) throw new Error(`${c.file}: ${result.code} ${result.message} for ${JSON.stringify(full)}`);
      tally[key].add(index.get(result.label), truth, result.confidence, `${c.file}:${personId.get(p)}`);
    };
    record('engine', () => engine.recommendSize(full, chart, { ...options, model }));
    record('engineHw', () => engine.recommendSize({ heightCm: p.heightCm, weightKg: p.weightKg, measured: true }, chart, { ...options, model }));
    record('combined', () => engine.recommendSize(full, combined, { ...options, model }));
    record('engineTable', () => engine.recommendSize(full, tableOnly, { ...options, model }));
    // Self-reported input (what a shopper types). Reports the engine refuses (a weight of 0) are counted apart.
    const typed = { heightCm: p.reportedHeightCm, weightKg: p.reportedWeightKg, sex: p.sex, age: p.age };
    if (!usableReport(p)) {
      tally.refused++;
    } else {
      record('self', () => engine.recommendSize(typed, chart, { ...options, model }));
      record('selfNaive', () => engine.recommendSize({ ...typed, measured: true }, chart, { ...options, model }));
      if (runs('refSelf')) {
        const reference = simulatedReference(refChart, p, random);
        record('refSelf', () => engine.recommendSize({ ...typed, reference }, chart, { ...options, model }));
      }
      const smallTruth = engine.groundTruthIndex(runsSmall, body(p));
      const recordSmall = (key, onChart) => {
        if (!runs(key)) return;
        const result = engine.recommendSize(typed, onChart, { ...options, model });
        tally[key].add(index.get(result.label), smallTruth, result.confidence);
      };
      recordSmall('smallTrue', runsSmall);
      recordSmall('smallStated', chart);
      recordSmall('smallFeedback', withFeedback);
      record('selfPoint', () => engine.recommendSize({ ...corrected(model.sexes[p.sex].report, typed), measured: true }, chart, { ...options, model }));
      record('selfRefit', () => engine.recommendSize({ ...typed, measured: true }, chart, { ...options, model: reportedModel }));
    }
    tally.tableRule.add(engine.tableRuleIndex(table, p.heightCm, p.weightKg), truth);
    tally.mostCommon.add(mostCommon, truth);
  }
}

const report = renderReport(charts, tallies, { K, n: people.length, dataDir: path.relative(repoRoot, dataDir), options });
console.log(report);

if (flag('--write-docs')) {
  const docPath = path.join(repoRoot, 'docs/size-accuracy.md');
  const doc = readFileSync(docPath, 'utf8');
  const [start, end] = ['<!-- eval:start -->', '<!-- eval:end -->'];
  if (!doc.includes(start) || !doc.includes(end)) throw new Error(`${docPath} lacks the ${start} / ${end} markers`);
  writeFileSync(docPath, doc.slice(0, doc.indexOf(start) + start.length) + '\n' + report + '\n' + doc.slice(doc.indexOf(end)));
  console.error(`updated ${path.relative(process.cwd(), docPath)}`);
}

if (flag('--write-fixtures')) writeFixtures();

function writeFixtures() {
  const round2 = (v) => Math.round(v * 100) / 100;
  const chartsDir = path.join(here, '../charts');
  const withTable = [
    { file: 'women-tops-cn.json', from: 'women-tops-cn.json', sex: 'female' },
    { file: 'men-tops-table-only.json', from: 'men-tops.json', sex: 'male' },
  ];
  for (const t of withTable) {
    const source = charts.find((c) => c.file === t.from).chart;
    const rows = tableFor(source, people.filter((p) => p.sex === t.sex));
    const target = JSON.parse(readFileSync(path.join(chartsDir, t.file), 'utf8'));
    target.heightWeight = rows;
    writeFileSync(path.join(chartsDir, t.file), stringifyChart(target));
  }
  // Held-out sample: fold 1's people (a seeded sample) and the model fitted without them.
  const heldOut = people.filter((_, i) => folds[i] === 0);
  const random = mulberry32(SEED);
  const pick = (sex, count) =>
    heldOut
      .filter((p) => p.sex === sex)
      .map((p) => [random(), p])
      .sort((a, b) => a[0] - b[0])
      .slice(0, count)
      .map(([, p]) => [p.heightCm, p.weightKg, p.age, p.chestCm, p.waistCm, p.hipCm, round2(p.reportedHeightCm), round2(p.reportedWeightKg)]);
  const sample = {
    about: 'ANSUR II training split, fold 1 of 5 (held out); the model was fitted on folds 2-5. Written by test/size/eval/evaluate.mjs --write-fixtures.',
    columns: ['heightCm', 'weightKg', 'age', 'chestCm', 'waistCm', 'hipCm', 'reportedHeightCm', 'reportedWeightKg'],
    female: pick('female', 300),
    male: pick('male', 300),
    model: fitBodyModel(people.filter((_, i) => folds[i] !== 0)),
  };
  writeFileSync(path.join(here, 'heldout-sample.json'), JSON.stringify(sample) + '\n');
  console.error('wrote fixture tables and test/size/eval/heldout-sample.json');
}

/** JSON with one size or row per line, like the hand-written fixtures. */
function stringifyChart(chart) {
  const inline = (value) =>
    Array.isArray(value)
      ? `[${value.map(inline).join(', ')}]`
      : value && typeof value === 'object'
        ? `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`
        : JSON.stringify(value);
  const lines = Object.entries(chart).map(([key, value]) =>
    Array.isArray(value) ? `  ${JSON.stringify(key)}: [\n${value.map((v) => `    ${inline(v)}`).join(',\n')}\n  ]` : `  ${JSON.stringify(key)}: ${inline(value)}`,
  );
  return `{\n${lines.join(',\n')}\n}\n`;
}
