import { expect } from '@esm-bundle/chai';
import { cmToFtIn, cmToIn, defaultUnitsForLocale, ftInToCm, inToCm, kgToLb, kgToStLb, lbToKg, roundTo, stLbToKg } from '../../src/size/index.js';

describe('units', () => {
  it('converts known values', () => {
    expect(cmToIn(2.54)).to.equal(1);
    expect(inToCm(10)).to.equal(25.4);
    expect(kgToLb(1)).to.equal(2.2);
    expect(lbToKg(100)).to.equal(45.4);
    expect(cmToFtIn(170)).to.deep.equal({ feet: 5, inches: 6.9 });
    expect(cmToFtIn(182.88)).to.deep.equal({ feet: 6, inches: 0 });
    expect(ftInToCm(5, 11)).to.equal(180.3);
    expect(kgToStLb(70)).to.deep.equal({ stones: 11, pounds: 0.3 });
    expect(stLbToKg(11, 0)).to.equal(69.9);
    expect(roundTo(2.675, 2)).to.equal(2.68);
    expect(roundTo(1.005, 2)).to.equal(1.01);
    expect(roundTo(-1.5)).to.equal(-2);
  });

  it('carries inches that round up to 12 into the feet', () => {
    // 182.8 cm = 71.97 in -> 72.0 in: 6 ft 0 in, not 5 ft 12 in.
    expect(cmToFtIn(182.8)).to.deep.equal({ feet: 6, inches: 0 });
  });

  it('round-trips every whole cm through inches and through feet and inches', () => {
    for (let cm = 100; cm <= 230; cm++) {
      expect(Math.round(inToCm(cmToIn(cm))), `${cm} cm`).to.equal(cm);
      const { feet, inches } = cmToFtIn(cm);
      expect(inches).to.be.within(0, 11.95);
      expect(Math.round(ftInToCm(feet, inches)), `${cm} cm via ${feet}'${inches}"`).to.equal(cm);
    }
  });

  it('round-trips every whole inch, kg at 0.1 and whole pound', () => {
    for (let inches = 36; inches <= 91; inches++) expect(Math.round(cmToIn(inToCm(inches)))).to.equal(inches);
    for (let tenths = 250; tenths <= 2500; tenths++) {
      const kg = tenths / 10;
      expect(lbToKg(kgToLb(kg)), `${kg} kg`).to.equal(kg);
      const { stones, pounds } = kgToStLb(kg);
      expect(stLbToKg(stones, pounds), `${kg} kg via stones`).to.equal(kg);
    }
    for (let lb = 55; lb <= 551; lb++) expect(Math.round(kgToLb(lbToKg(lb))), `${lb} lb`).to.equal(lb);
  });

  it('defaults units from the locale', () => {
    expect(defaultUnitsForLocale('en-US')).to.deep.equal({ height: 'ft-in', weight: 'lb', system: 'imperial' });
    expect(defaultUnitsForLocale('en')).to.deep.include({ system: 'imperial' });
    expect(defaultUnitsForLocale('en-LR').system).to.equal('imperial');
    expect(defaultUnitsForLocale('my-MM').system).to.equal('imperial');
    expect(defaultUnitsForLocale('en-GB')).to.deep.equal({ height: 'ft-in', weight: 'st-lb', system: 'imperial' });
    expect(defaultUnitsForLocale('en-CA').system).to.equal('metric');
    expect(defaultUnitsForLocale('de-DE')).to.deep.equal({ height: 'cm', weight: 'kg', system: 'metric' });
    expect(defaultUnitsForLocale('zh-CN').system).to.equal('metric');
    expect(defaultUnitsForLocale('es_US').system).to.equal('imperial');
    expect(defaultUnitsForLocale('not a locale!').system).to.equal('metric');
    expect(defaultUnitsForLocale(undefined).system).to.equal('metric');
  });
});
