import { expect } from '@esm-bundle/chai';
import { LOOSE_CM, recommendSize, type Recommendation, type RecommendResult } from '../../src/size/index.js';
import { loadChart, loadJson } from './support.js';

function ok(result: RecommendResult): Recommendation {
  if (!result.ok) throw new Error(`expected a recommendation, got ${result.code}: ${result.message}`);
  return result;
}

describe('fit notes that explain the choice', () => {
  it('Lena, 165 cm / 58 kg, demo dress: M fits close to its upper limit, L gives room — and L is not called "loose"', async () => {
    const chart = await loadJson('../../demo/size-chart.json');
    const lena = ok(recommendSize({ heightCm: 165, weightKg: 58 }, chart));
    expect(lena.label).to.equal('L');
    expect(lena.boundary).to.deep.equal({ fits: 'M', near: ['chest', 'waist', 'hip'], larger: 'L' });
    // Her estimate sits just under L's lower limits: a little room, stated in cm, well under what reads as loose.
    for (const note of lena.notes) {
      expect(note.fit, note.measurement).to.equal('roomy');
      expect(note.roomCm!).to.be.within(1, LOOSE_CM.dresses - 0.1);
    }
  });

  it('keeps "loose" for real room: at least LOOSE_CM above the body, with the room given', async () => {
    // Sam, 150 cm / 38 kg, on women's bottoms: below the smallest size, which is really loose on her.
    const sam = ok(recommendSize({ heightCm: 150, weightKg: 38, sex: 'female', age: 25 }, await loadChart('women-bottoms')));
    const hip = sam.notes.find((n) => n.measurement === 'hip')!;
    expect(hip.fit).to.equal('loose');
    expect(hip.roomCm!).to.be.at.least(LOOSE_CM.bottoms);
  });

  it('names both sizes with their probabilities when between sizes', async () => {
    // Noor, 170 cm / 62 kg on the demo dress chart: L and XL are both plausible.
    const chart = await loadJson('../../demo/size-chart.json');
    const noor = ok(recommendSize({ heightCm: 170, weightKg: 62, fit: 'snug' }, chart));
    expect(noor.between).to.deep.include({ smaller: 'L', larger: 'XL' });
    const sum = noor.between!.smallerProbability + noor.between!.largerProbability;
    expect(sum).to.be.within(0.7, 1);
    expect(noor.between!.smallerProbability).to.equal(noor.confidence);
  });
});
