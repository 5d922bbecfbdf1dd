import { expect } from '@esm-bundle/chai';
import '../../src/details/product-details.js';
import { compatibility } from '../../src/details/power.js';
import { cleanup, recordEvents } from '../support/dom.js';
import { base, mountDetails, part, text, untilText } from './support.js';

// A Japanese hair dryer (type A, 100 V only) and a universal charger (type C, 100–240 V).
const dryer = () => base('electronics', { power: { plugs: ['A'], volts: [100, 100], hertz: [50, 60] }, inTheBox: ['Dryer', { en: 'Diffuser', de: 'Diffusor' }], warranty: '1 year, seller-backed', unboxing: { url: '/replays/show-12', at: 312.4 } });
const charger = () => base('electronics', { power: { plugs: ['C'], volts: [100, 240], hertz: [50, 60] } });

describe('power compatibility by country', () => {
  it('judges plug, voltage and frequency for US, DE, JP, CN and GB shoppers', () => {
    const verdict = (spec: Parameters<typeof compatibility>[0], country: string) => {
      const fit = compatibility(spec, country)!;
      return [fit.plugFits, fit.voltageOk, fit.frequencyOk];
    };
    const d = (dryer() as unknown as { power: Parameters<typeof compatibility>[0] }).power;
    const c = (charger() as unknown as { power: Parameters<typeof compatibility>[0] }).power;
    expect(['US', 'DE', 'JP', 'CN', 'GB'].map((country) => verdict(d, country))).to.deep.equal([
      [true, false, true], // 120 V is beyond 100 V + 10 %
      [false, false, true],
      [true, true, true],
      [true, false, true], // China's sockets take type A
      [false, false, true],
    ]);
    expect(['US', 'DE', 'JP', 'CN', 'GB'].map((country) => verdict(c, country))).to.deep.equal([
      [false, true, true],
      [true, true, true],
      [false, true, true],
      [true, true, true],
      [false, true, true],
    ]);
    expect(compatibility({ plugs: ['A'], volts: [110, 120], hertz: [60] }, 'DE')!.frequencyOk).to.equal(false);
    expect(compatibility({ plugs: ['C'], volts: [100, 240], hertz: [50, 60], regions: ['CN'] }, 'DE')!.regionOk).to.equal(false);
    expect(compatibility({ plugs: ['C'], volts: [100, 240], hertz: [50, 60] }, 'ZZ')).to.equal(null);
  });
});

describe('<shoplive-product-details> electronics', () => {
  afterEach(cleanup);

  it("tells a German shopper (from the page's language) they need an adapter and a converter", async () => {
    const element = await mountDetails(dryer(), 'lang="de"');
    await untilText(element, '[part~="power"] h3', 'Strom in Deutschland');
    const lines = [...part(element, 'power')!.querySelectorAll('p')].map(text);
    expect(lines[0]).to.equal('Der Stecker ist Typ A: In Deutschland brauchst du einen Adapter (die Steckdosen dort sind Typ C/F).');
    expect(lines[1]).to.contain('Spannungswandler');
  });

  it('computes the country from the locale region (en-GB, ja, zh-CN) or the country attribute', async () => {
    const gb = await mountDetails(charger(), 'lang="en-GB"');
    expect(text(part(gb, 'power')!.querySelector('p'))).to.equal("The plug is type C: you'll need an adapter in United Kingdom (sockets there are type G).");
    const ja = await mountDetails(dryer(), 'lang="ja"');
    await untilText(ja, '[part~="power"] h3', '日本の電源');
    expect(part(ja, 'power')!.classList.contains('ok')).to.equal(true);
    const cn = await mountDetails(charger(), 'lang="zh-CN"');
    await untilText(cn, '[part~="power"] h3', /中国/);
    expect(part(cn, 'power')!.classList.contains('ok')).to.equal(true);
    const us = await mountDetails(dryer(), 'lang="en" country="US"');
    expect(text(part(us, 'power'))).to.contain("It takes 100 V; United States's mains is 120 V");
  });

  it('lists the box, the warranty and links the unboxing moment of the replay', async () => {
    const element = await mountDetails(dryer(), 'lang="de"');
    await untilText(element, '[part~="in-the-box"] h3', 'Lieferumfang');
    expect([...part(element, 'in-the-box')!.querySelectorAll('li')].map(text)).to.deep.equal(['Dryer', 'Diffusor']);
    expect(text(part(element, 'warranty'))).to.contain('1 year, seller-backed');
    expect(part<HTMLAnchorElement>(element, 'unboxing-link')!.href).to.equal(new URL('/replays/show-12#t=312', location.href).href);
  });
});

describe('<shoplive-product-details> home', () => {
  afterEach(cleanup);
  const rect = (element: Element, name: string) => part(element, name)!.getBoundingClientRect();

  it('draws a sofa to scale beside a 170 cm person', async () => {
    const element = await mountDetails(base('home', { dimensions: { unit: 'cm', width: 210, depth: 95, height: 85 }, weight: { value: 48, unit: 'kg' }, material: 'Boucle, oak legs' }), 'lang="en-GB"');
    expect(text(part(element, 'dimensions')!.querySelector('p'))).to.equal('210 cm × 95 cm × 85 cm (W × D × H)');
    expect(text(element.shadowRoot!.querySelector('.scale figcaption'))).to.equal('To scale, beside a 170 cm person');
    const product = rect(element, 'scale-product');
    const person = rect(element, 'scale-reference');
    expect(product.height / person.height).to.be.closeTo(85 / 170, 0.01);
    expect(product.width / person.height).to.be.closeTo(210 / 170, 0.01);
    expect(product.bottom).to.be.closeTo(person.bottom, 0.5);
    expect(text(part(element, 'weight'))).to.equal('Weight: 48 kg');
  });

  it('picks an A4 sheet for small things and shows inches and pounds to a US shopper', async () => {
    const element = await mountDetails(base('home', { dimensions: { unit: 'cm', width: 20, height: 25 }, weight: { value: 1.2, unit: 'kg' } }), 'lang="en-US"');
    expect(text(element.shadowRoot!.querySelector('.scale figcaption'))).to.equal('To scale, beside an A4 sheet');
    expect(rect(element, 'scale-product').height / rect(element, 'scale-reference').height).to.be.closeTo(25 / 29.7, 0.01);
    expect(text(part(element, 'dimensions')!.querySelector('p'))).to.equal('7.9 in × 9.8 in (W × H)');
    expect(text(part(element, 'weight'))).to.equal('Weight: 2.6 lb');
  });
});

describe('<shoplive-product-details> bad input', () => {
  afterEach(cleanup);

  it('drops unsafe URLs and bidi controls, and explains unusable data once', async () => {
    const errors = recordEvents(document, ['shoplive-error']);
    const element = await mountDetails(base('home', { title: 'Lamp\u202E', image: 'javascript:alert(1)', knownIssues: ['Scratch\u202E on the base'], textureImages: ['javascript:alert(2)', '/demo/img/scarf-studio.svg'] }));
    expect(part(element, 'photos')).to.equal(null);
    expect(text(part(element, 'good-to-know'))).to.contain('Scratch on the base');
    expect(part(element, 'textures')!.querySelectorAll('img')).to.have.length(1);
    expect(errors).to.have.length(0);
    const broken = await mountDetails({ title: 42 });
    expect(text(broken.shadowRoot!.querySelector('[role=status]'))).to.equal('The details cannot be shown right now.');
    expect(errors).to.have.length(1);
  });
});
