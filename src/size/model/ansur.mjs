// Reads the ANSUR II CSVs into the few columns the size model needs, converted to cm / kg / years.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * @typedef {{ id: string, sex: 'female' | 'male', heightCm: number, weightKg: number, age: number, chestCm: number, waistCm: number,
 *   hipCm: number, shoulderCm: number, reportedHeightCm: number, reportedWeightKg: number }} Person
 * heightCm / weightKg are measured; reported* are what the same person said (Heightin / Weightlbs).
 */

// Column names differ in case between the two files (SubjectId vs subjectid), so look them up case-insensitively.
const COLUMNS = {
  id: 'subjectid',
  stature: 'stature',
  weight: 'weightkg',
  age: 'age',
  chest: 'chestcircumference',
  waist: 'waistcircumference',
  hip: 'buttockcircumference',
  shoulder: 'biacromialbreadth',
  reportedHeight: 'heightin',
  reportedWeight: 'weightlbs',
};

/**
 * @param {string} file path of one ansur2-*-train.csv (no quoted fields in these files)
 * @param {'female' | 'male'} sex
 * @returns {Person[]}
 */
export function readAnsurCsv(file, sex) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines[0].split(',').map((name) => name.trim().toLowerCase());
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, name]) => {
      const i = header.indexOf(name);
      if (i < 0) throw new Error(`${file}: column ${name} not found`);
      return [key, i];
    }),
  );
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    const num = (key) => Number(cells[index[key]]);
    // Units per the data README: lengths in mm, weightkg is kg x 10.
    return {
      id: cells[index.id],
      sex,
      heightCm: num('stature') / 10,
      weightKg: num('weight') / 10,
      age: num('age'),
      chestCm: num('chest') / 10,
      waistCm: num('waist') / 10,
      hipCm: num('hip') / 10,
      shoulderCm: num('shoulder') / 10,
      // Self-reported, in inches and pounds as asked.
      reportedHeightCm: num('reportedHeight') * 2.54,
      reportedWeightKg: num('reportedWeight') * 0.45359237,
    };
  }).filter((p) => [p.heightCm, p.weightKg, p.age, p.chestCm, p.waistCm, p.hipCm, p.shoulderCm, p.reportedHeightCm, p.reportedWeightKg].every(Number.isFinite));
}

/** @param {string} dir folder holding ansur2-female-train.csv and ansur2-male-train.csv */
export function readAnsur(dir) {
  return [
    ...readAnsurCsv(path.join(dir, 'ansur2-female-train.csv'), 'female'),
    ...readAnsurCsv(path.join(dir, 'ansur2-male-train.csv'), 'male'),
  ];
}
