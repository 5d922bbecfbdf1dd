import { expect } from '@esm-bundle/chai';
import '../../src/details/product-details.js';
import { cleanup, mount, resourcesRequestedSince } from '../support/dom.js';
import { base, cells, mountDetails, part, parts, text, untilText } from './support.js';

const dress = () =>
  base('apparel', {
    knownIssues: ['Slight sheen under studio light', { en: 'Loose thread allowance at the hem', ja: '裾に糸の余裕があります' }, { en: 'Runs long' }],
    garment: {
      unit: 'cm',
      sizes: [
        { label: 'S', chest: 88, length: 110, waist: 70 },
        { label: 'M', chest: 92, length: 112, waist: 74 },
        { label: 'L', chest: 97, length: 114, waist: 79 },
      ],
      model: { heightCm: 175, weightKg: 55, size: 'S' },
    },
  });

describe('<shoplive-product-details> apparel', () => {
  afterEach(cleanup);

  it('shows the garment measurements in cm with the model, and good-to-know before the buy slot', async () => {
    const element = await mountDetails(dress(), 'lang="de"');
    await untilText(element, '[part~="measurements"] h3', 'Maße des Kleidungsstücks');
    const headings = [...part(element, 'measurements')!.querySelectorAll('thead th')].map(text);
    expect(headings).to.deep.equal(['Größe', 'Brust', 'Länge', 'Taille']);
    const rowM = parts(element, 'size-row')[1]!;
    expect(cells(rowM)).to.deep.equal(['M', '92 cm', '112 cm', '74 cm']);
    expect(text(part(element, 'model-info'))).to.equal('Model: 175 cm, 55 kg, trägt Größe S');
    // "Good to know" sits before the slot where the host puts Add to cart.
    const good = part(element, 'good-to-know')!;
    const slot = element.shadowRoot!.querySelector('slot[name="actions"]')!;
    expect(good.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(text(good)).to.contain('Slight sheen under studio light');
  });

  it('converts to inches for a US shopper and marks the size the size helper recommended', async () => {
    const product = dress();
    const element = await mountDetails(product, 'lang="en-US"');
    expect(cells(parts(element, 'size-row')[0])).to.deep.equal(['S', '34.6 in', '43.3 in', '27.6 in']);
    expect(part(element, 'recommended-row')).to.equal(null);
    document.dispatchEvent(new CustomEvent('shoplive-size-recommended', { detail: { productId: product.id, label: 'M', confidence: 0.7 } }));
    await element.updateComplete;
    const marked = part(element, 'recommended-row')!;
    expect(text(marked.querySelector('th'))).to.equal('MRecommended for you');
    expect(marked.getAttribute('aria-current')).to.equal('true');
    // Another product's recommendation changes nothing.
    document.dispatchEvent(new CustomEvent('shoplive-size-recommended', { detail: { productId: 'other', label: 'L', confidence: 0.7 } }));
    await element.updateComplete;
    expect(text(part(element, 'recommended-row')!.querySelector('th bdi'))).to.equal('M');
  });

  it('speaks Japanese and Arabic, and labels seller text that is not in the shopper language', async () => {
    const ja = await mountDetails(dress(), 'lang="ja"');
    await untilText(ja, '[part~="good-to-know"] h3', 'ご購入前にご確認ください');
    const notes = [...part(ja, 'good-to-know')!.querySelectorAll('li')].map(text);
    expect(notes[1]).to.equal('裾に糸の余裕があります');
    // Text of unknown language is shown as given; text known to be English is labelled for a Japanese shopper.
    expect(notes[0]).to.equal('Slight sheen under studio light');
    expect(notes[2]).to.equal('Runs long (英語)');
    const ar = await mountDetails(dress(), 'lang="ar"');
    await untilText(ar, '[part~="measurements"] h3', 'قياسات القطعة');
    expect(part(ar, 'base')!.getAttribute('dir')).to.equal('rtl');
  });

  it('compares studio and natural light side by side, and with a slider on a narrow sheet', async () => {
    const wide = mount<HTMLDivElement>('<div style="width: 720px"></div>');
    const element = await mountDetails(dress(), '', wide);
    expect(text(part(element, 'photos'))).to.contain('Studio light');
    expect(getComputedStyle(element.shadowRoot!.querySelector('.side-by-side')!).display).to.equal('grid');
    expect(getComputedStyle(element.shadowRoot!.querySelector('.slider')!).display).to.equal('none');
    wide.style.width = '360px';
    await new Promise(requestAnimationFrame);
    expect(getComputedStyle(element.shadowRoot!.querySelector('.slider')!).display).to.equal('block');
    const slider = part<HTMLInputElement>(element, 'photo-slider')!;
    slider.value = '80';
    slider.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(getComputedStyle(element.shadowRoot!.querySelector('.stack .reveal')!).clipPath).to.equal('inset(0px 20% 0px 0px)');
  });
});

const lipstick = () =>
  base('beauty', {
    shades: [
      { name: 'Rose 02', color: '#C46A6A', undertone: 'warm', studioImage: '/demo/img/scarf-studio.svg', naturalImage: '/demo/img/scarf-natural.svg' },
      { name: 'Plum 05', color: '#6b2d4f', undertone: 'cool' },
      { name: 'Bad', color: 'red;background:url(//evil.test/x)' },
    ],
    sellerShade: 'Rose 02',
    ingredients: 'Ricinus Communis Seed Oil, Cera Alba, Parfum (Fragrance), Prunus Amygdalus Dulcis Oil, Limonene, Tocopherol',
  });

describe('<shoplive-product-details> beauty', () => {
  afterEach(cleanup);

  it('shows shade swatches from their colour values, the shade worn on stream, and drops a colour that is not #rrggbb', async () => {
    const element = await mountDetails(lipstick());
    const shades = parts(element, 'shade');
    expect(shades).to.have.length(2);
    expect(getComputedStyle(shades[0]!.querySelector('[part~="swatch"] circle')!).fill).to.equal('rgb(196, 106, 106)');
    expect(text(shades[0])).to.contain('Worn on stream');
    expect(text(shades[0])).to.contain('Warm undertone');
    expect(text(shades[1])).to.not.contain('Worn on stream');
  });

  it("marks the shopper's allergens in the ingredients, and keeps the choice on the device", async () => {
    const element = await mountDetails(lipstick());
    // Every shoplive-* event, on any target (shadow roots included, bubbling or not), declared or not.
    const events: string[] = [];
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      if (event.type.startsWith('shoplive-')) events.push(event.type);
      return dispatch.call(this, event);
    };
    const stored = () => ({ local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }), cookie: document.cookie });
    const before = stored();
    const mounted = performance.now();
    try {
      expect(parts(element, 'flagged-ingredient')).to.have.length(0);
      (element.shadowRoot!.querySelector('input[data-allergen="fragrance"]') as HTMLInputElement).click();
      (element.shadowRoot!.querySelector('input[data-allergen="nuts"]') as HTMLInputElement).click();
      await element.updateComplete;
      expect(parts(element, 'flagged-ingredient').map(text)).to.deep.equal(['Parfum (Fragrance)', 'Prunus Amygdalus Dulcis Oil']);
      expect(text(part(element, 'avoid-result'))).to.equal('Contains something you avoid: Fragrance and Nuts');
      (element.shadowRoot!.querySelector('input[data-allergen="fragrance"]') as HTMLInputElement).click();
      await element.updateComplete;
      expect(parts(element, 'flagged-ingredient').map(text)).to.deep.equal(['Prunus Amygdalus Dulcis Oil']);
      // A fresh sheet for the same product starts with nothing picked: the choice lived in that element only.
      const again = await mountDetails(lipstick());
      expect(parts(again, 'flagged-ingredient')).to.have.length(0);
    } finally {
      EventTarget.prototype.dispatchEvent = dispatch;
    }
    expect(events).to.deep.equal([]);
    expect(stored()).to.deep.equal(before);
    expect(resourcesRequestedSince(mounted)).to.deep.equal([]);
  });

  it('says so when none of the avoided ingredients is listed', async () => {
    const element = await mountDetails(lipstick());
    (element.shadowRoot!.querySelector('input[data-allergen="latex"]') as HTMLInputElement).click();
    await element.updateComplete;
    expect(text(part(element, 'avoid-result'))).to.equal('None of the ingredients you avoid are listed.');
  });
});
