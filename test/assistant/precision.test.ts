// Precision over recall, in a real browser: a question about something no field answers is declined (or answered
// from the seller's FAQ on that topic) rather than matched to a neighbouring field; vague or tied evidence declines.
import { expect } from '@esm-bundle/chai';
import { answerQuestion } from '../../src/assistant/index.js';
import { lampInput, shirtInput, visible } from './support.js';

const headphones = () => ({
  id: 'anc', title: 'ANC Headphones', price: 199, currency: 'USD', material: 'Aluminium frame', origin: 'CN',
  shipping: { countries: ['US'], days: { min: 2, max: 4 } },
  variants: [{ id: 'b', options: { colour: 'Black' }, available: true }, { id: 's', options: { colour: 'Silver' }, available: false }],
});

describe('answerQuestion: precision', () => {
  it('declines a topic no field answers instead of answering the field it mentions', async () => {
    for (const [question, locale] of [['هل خامة القماش شفافة؟', 'ar'], ['is the linen fabric see-through?', 'en'], ['Ist der Stoff durchsichtig?', 'de'], ['这件衬衫透不透？', 'zh-CN']]) {
      const result = await answerQuestion(question!, { product: shirtInput(), locale });
      expect(result, question).to.deep.include({ ok: false, reason: 'unknown' });
    }
    const material = await answerQuestion('ما هو القماش؟', { product: shirtInput(), locale: 'ar' });
    expect(material.ok && material.sources).to.deep.equal(['material']);
  });

  it('answers such a topic from a seller\'s FAQ entry about it, asked in another language', async () => {
    const faq = [{ question: 'Does it keep drinks hot?', answer: 'About 20 minutes; it is not insulated.' }];
    const ja = await answerQuestion('保温性はありますか', { product: shirtInput(), faq, locale: 'ja' });
    expect(ja).to.deep.include({ ok: true, sources: ['faq[0]'] });
    const without = await answerQuestion('保温性はありますか', { product: shirtInput(), locale: 'ja' });
    expect(without).to.include({ ok: false });
  });

  it('declines an off-topic question that only hints at a field (round 7: "fait" hints at the material and origin)', async () => {
    const weather = await answerQuestion('il fait quel temps demain à Paris', { product: lampInput(), locale: 'fr' });
    expect(weather).to.deep.include({ ok: false, reason: 'off-topic' });
    // A real keyword still makes it a product question.
    const made = await answerQuestion('elle est fabriquée où ?', { product: lampInput(), locale: 'fr' });
    expect(made.ok && made.sources).to.deep.equal(['origin']);
  });

  it('declines the lamp\'s wattage and cord length, which its box list names but does not measure', async () => {
    for (const [question, locale] of [['コードの長さは？', 'ja'], ["l'ampoule fait combien de watts ?", 'fr'], ['how long is the cord?', 'en']]) {
      const result = await answerQuestion(question!, { product: lampInput(), locale });
      expect(result, question).to.include({ ok: false });
    }
  });

  it('reads "how much" as the price only in a short question', async () => {
    const short = await answerQuestion('how much?', { product: headphones(), locale: 'en' });
    expect(short.ok && short.sources).to.deep.equal(['price']);
    const long = await answerQuestion('كم تدوم الوسائد قبل أن تتلف؟', { product: headphones(), locale: 'ar' });
    expect(long).to.include({ ok: false });
  });

  it('never reads a word that starts like one keyword as a slip of another', async () => {
    // "couleurs" starts as the colour keyword; it is not a slip of "coute*" (price).
    const colours = await answerQuestion('Quelles couleurs sont dispo ?', { product: headphones(), locale: 'fr' });
    expect(colours.ok && colours.sources).to.deep.equal(['variants']);
    expect(colours.ok && visible(colours.text)).to.include('Black');
    // Topic words, which decline a question, count only when spelled as written: "stellen" is not "smell".
    const care = await answerQuestion('Darf es in die Mikrowelle stellen?', { product: shirtInput(), locale: 'de' });
    expect(care.ok && care.sources).to.deep.equal(['care']);
  });

  it('says which options are sold out when only some are', async () => {
    const result = await answerQuestion('¿hay el color plateado disponible?', { product: headphones(), locale: 'es' });
    expect(result.ok && visible(result.text)).to.equal('Disponibles: Black. Agotadas: Silver.');
  });

  it('declines what shipping costs when a price word comes with a shipping word, never answering with the countries', async () => {
    for (const [question, locale] of [['cuanto sale el envio a francia', 'es'], ['ça fait combien avec la livraison à Lyon ?', 'fr'], ['quanto fica o frete pro Canadá?', 'pt-BR']]) {
      const result = await answerQuestion(question!, { product: shirtInput(), locale });
      expect(result, question).to.deep.include({ ok: false, reason: 'unknown' });
    }
  });

  it('looks an Arabic keyword up inside one word, never across two, and a short one only as a whole word', async () => {
    // "الكوب كم" is not "بكم" (how much), "سم" (cm) is not in "السماعة".
    expect(await answerQuestion('سعة الكوب كم مل', { product: lampInput(), locale: 'ar' })).to.include({ ok: false });
    const weight = await answerQuestion('ما وزن السماعة؟', { product: lampInput(), locale: 'ar' });
    expect(weight.ok && weight.sources).to.deep.equal(['weight']);
    const price = await answerQuestion('بكم المصباح؟', { product: lampInput(), locale: 'ar' });
    expect(price.ok && price.sources).to.deep.equal(['price']);
  });

  it('reads Korean 얼마 as "how much" of what it follows, the price only when nothing else is named', async () => {
    const height = await answerQuestion('램프 높이가 얼마예요?', { product: lampInput(), locale: 'ko' });
    expect(height.ok && height.sources).to.deep.equal(['dimensions']);
    expect(await answerQuestion('개봉하고 얼마나 써도 돼요', { product: headphones(), locale: 'ko' })).to.include({ ok: false });
    const price = await answerQuestion('얼마예요?', { product: lampInput(), locale: 'ko' });
    expect(price.ok && price.sources).to.deep.equal(['price']);
  });

  it('never reads one intent\'s own word through another\'s stem, nor an everyday word as a slip of a keyword', async () => {
    // "Lieferumfang" (what is in the box) starts with the shipping stem "liefer*".
    const box = await answerQuestion('was ist alles im Lieferumfang?', { product: lampInput(), locale: 'de' });
    expect(box.ok && box.sources).to.deep.equal(['inTheBox']);
    // "tiene" is one letter from German "Tiefe" (depth), "conhecido" two from "contenido" (contents).
    const warranty = await answerQuestion('¿tiene garantía?', { product: lampInput(), locale: 'es' });
    expect(warranty.ok && warranty.sources).to.deep.equal(['warranty']);
    const issues = await answerQuestion('tem algum defeito conhecido?', { product: lampInput(), locale: 'pt-BR' });
    expect(issues.ok && issues.sources).to.deep.equal(['knownIssues']);
  });

  it('reads days asked with a return as the return window, and a named country with delivery days as both', async () => {
    const returns = await answerQuestion('¿cuántos días tengo para devolverla?', { product: shirtInput(), locale: 'es' });
    expect(returns.ok && returns.sources).to.deep.equal(['returns.days', 'returns.free']);
    const both = await answerQuestion('寄到加拿大要幾天', { product: shirtInput(), locale: 'zh-TW' });
    expect(both.ok && both.sources).to.deep.equal(['shipping.countries', 'shipping.days']);
  });
});
