// Places a shopper names, in a real browser: a city stands for its country (the cities table, its own chunk), an
// Arabic "to the …" merges the article into the name, and a country named in an origin question gets the real origin.
import { expect } from '@esm-bundle/chai';
import { answerQuestion } from '../../src/assistant/index.js';
import { lampInput, shirtInput, visible } from './support.js';

describe('answerQuestion: places', () => {
  it('reads a city as its country: yes where that country is in the list, no where it is not', async () => {
    const toronto = await answerQuestion('will it get to toronto?', { product: shirtInput(), locale: 'en' });
    expect(toronto.ok && toronto.sources).to.deep.equal(['shipping.countries']);
    expect(toronto.ok && visible(toronto.text)).to.equal('Yes, it ships to Canada.');
    const sydney = await answerQuestion('Do you ship to Sydney?', { product: shirtInput(), locale: 'en' });
    expect(sydney.ok && visible(sydney.text)).to.match(/^It does not ship to Australia\./);
    const osaka = await answerQuestion('大阪まで届きますか', { product: shirtInput(), locale: 'ja' });
    expect(osaka.ok && visible(osaka.text)).to.include('日本');
  });

  it('finds a country or city after the Arabic "to the" (للسعودية, للرياض)', async () => {
    for (const question of ['يوصل للسعودية؟', 'يوصل للرياض؟']) {
      const result = await answerQuestion(question, { product: shirtInput(), locale: 'ar' });
      expect(result.ok && result.sources, question).to.deep.equal(['shipping.countries']);
      expect(result.ok && visible(result.text), question).to.include('السعودية');
    }
  });

  it('answers "is it from <country>?" with the real origin, which says yes or no', async () => {
    const denmark = await answerQuestion('kommt die aus Dänemark?', { product: lampInput(), locale: 'de' });
    expect(denmark.ok && denmark.sources).to.deep.equal(['origin']);
    expect(denmark.ok && visible(denmark.text)).to.include('Dänemark');
    const china = await answerQuestion('is it from china?', { product: shirtInput(), locale: 'en' });
    expect(china.ok && visible(china.text)).to.include('Portugal');
    // Without a country, "from" is too vague to answer.
    expect(await answerQuestion('is it from the new collection?', { product: shirtInput(), locale: 'en' })).to.include({ ok: false });
  });
});
