// Topics and hints from shoppers' own phrasings, in a real browser and across languages: charging, plugs and a
// shelf life before opening are topics no field answers (declined, never the price or the care text); going cold and
// machine-made find a seller's FAQ entry; the shopper's own size asks for advice, not the size list; what to watch
// out for, ordering from a country, "which wood" and "can I return it" each answer from their field.
import { expect } from '@esm-bundle/chai';
import { answerQuestion } from '../../src/assistant/index.js';
import { lampInput, shirtInput, visible } from './support.js';

const mug = () => ({
  id: 'mug', title: 'Mug', price: 32, currency: 'JPY', material: 'Stoneware', care: 'Dishwasher and microwave safe', origin: 'JP',
  shipping: { countries: ['JP', 'US'], days: { min: 6, max: 10 } },
});
const mugFaq = [
  { question: 'Does it keep drinks hot?', answer: 'About 20 minutes; it is not insulated.' },
  { question: 'Is it handmade?', answer: 'Yes, each mug is thrown by hand.' },
];
const serum = () => ({ id: 'serum', title: 'Serum', price: 48, currency: 'USD', care: 'Use within 6 months of opening', shipping: { countries: ['KR', 'JP'] } });
const sneaker = () => ({
  id: 'sneaker', title: 'Sneaker', price: 120, currency: 'USD', care: 'Hand wash', knownIssues: ['The laces are slippery when wet'],
  variants: [{ id: '40', options: { size: '40' }, available: true }, { id: '42', options: { size: '42' }, available: false }],
});

async function sources(question: string, product: unknown, locale: string, faq?: unknown[]) {
  const result = await answerQuestion(question, { product, faq: faq as never, locale });
  return result.ok ? result.sources : result.reason;
}

describe('answerQuestion: topics and hints', () => {
  it('declines charging, plugs and adapters instead of the price or delivery days; the box answers whether one comes with it', async () => {
    for (const [question, locale] of [['la prise est aux normes françaises ou faut un adaptateur ?', 'fr'], ['wie lange dauert das aufladen?', 'de'],
      ['how long does it take to charge?', 'en'], ['充電時間はどのくらいですか？', 'ja'], ['충전 시간 얼마나 걸려요?', 'ko'], ['插头是什么规格？', 'zh-CN'], ['هل القابس أوروبي؟', 'ar']]) {
      expect(await sources(question!, lampInput(), locale!), question).to.equal('unknown');
    }
    expect(await sources('does it come with an adapter?', lampInput(), 'en')).to.deep.equal(['inTheBox']);
  });

  it('declines a shelf life before opening, which the care text (after opening) does not give', async () => {
    for (const [question, locale] of [['유통기한 언제까지예요? 미개봉 기준으로요', 'ko'], ['how long does it keep unopened?', 'en'], ['未开封能放多久？', 'zh-CN'], ['¿cuánto dura sin abrir?', 'es']]) {
      expect(await sources(question!, serum(), locale!), question).to.equal('unknown');
    }
    expect(await sources('how long does it last once opened?', serum(), 'en')).to.deep.equal(['care']);
  });

  it('finds the seller\'s FAQ entry from "goes cold" and "machine-made" in other languages, and declines them without one', async () => {
    for (const [question, locale] of [['will my tea go cold fast in this?', 'en'], ['커피가 금방 식어요?', 'ko'], ['هل يبرد الشاي بسرعة؟', 'ar'], ['這杯子裝熱咖啡，多久會變涼？', 'zh-TW']]) {
      expect(await sources(question!, mug(), locale!, mugFaq), question).to.deep.equal(['faq[0]']);
    }
    for (const [question, locale] of [['是机器批量生产的吧？', 'zh-CN'], ['is it mass produced?', 'en'], ['대량생산인가요?', 'ko'], ['¿es producción en masa?', 'es']]) {
      expect(await sources(question!, mug(), locale!, mugFaq), question).to.deep.equal(['faq[1]']);
      expect(await sources(question!, mug(), locale!), question).to.equal('unknown');
    }
  });

  it('reads the shopper\'s own size as a request for advice, not for the size list', async () => {
    for (const [question, locale] of [['普段26.5cmなんですけど、何サイズがいいですか？', 'ja'], ['I usually wear 41, which one?', 'en'], ['normalmente calzo 41, ¿cuál pido?', 'es']]) {
      expect(await sources(question!, sneaker(), locale!), question).to.equal('unknown');
    }
    expect(await sources('何サイズがありますか？', sneaker(), 'ja')).to.deep.equal(['variants']);
  });

  it('answers what to watch out for from the known issues, and the care when a care word comes with it', async () => {
    expect(await sources('雨の日に履くとき、何か気をつけることあります？', sneaker(), 'ja')).to.deep.equal(['knownIssues']);
    expect(await sources('anything I should watch out for?', sneaker(), 'en')).to.deep.equal(['knownIssues']);
    expect(await sources('洗濯で気をつけることは？', sneaker(), 'ja')).to.deep.equal(['care']);
  });

  it('reads ordering from a country, romanized Japanese and "manda pra" as shipping there; ordering alone is declined', async () => {
    expect(await sources('한국에서도 주문 가능한가요?', serum(), 'ko')).to.deep.equal(['shipping.countries']);
    expect(await sources('can I order from Japan?', serum(), 'en')).to.deep.equal(['shipping.countries']);
    const romaji = await answerQuestion('Nihon ni okutte moraemasu ka?', { product: shirtInput(), locale: 'ja' });
    expect(romaji.ok && visible(romaji.text)).to.include('日本');
    const holland = await answerQuestion('manda pra Holanda?', { product: { ...lampInput(), shipping: { countries: ['NL'] } }, locale: 'pt-BR' });
    expect(holland.ok && holland.sources).to.deep.equal(['shipping.countries']);
    expect(await sources('주문 가능한가요?', serum(), 'ko')).to.equal('unknown');
  });

  it('answers which wood from the material, while wood in a care question stays a care question', async () => {
    for (const [question, locale] of [['what kind of wood is the base?', 'en'], ['a base é de madeira maciça?', 'pt-BR'], ['燈座是什麼木頭', 'zh-TW'], ['¿de qué madera es?', 'es']]) {
      expect(await sources(question!, lampInput(), locale!), question).to.deep.equal(['material']);
    }
    expect(await sources('wie pflege ich das Holz?', lampInput(), 'de')).to.deep.equal(['care']);
    expect(await sources('木头底座怎么清洁？', lampInput(), 'zh-CN')).to.deep.equal(['care']);
  });

  it('reads "can I return it, within how many days" as the return window, and "Rückversand" as returns', async () => {
    expect(await sources('不喜欢能退吗？几天内可以退', lampInput(), 'zh-CN')).to.deep.equal(['returns.days', 'returns.free']);
    expect(await sources('Rückversand kostenlos?', shirtInput(), 'de')).to.deep.equal(['returns.days', 'returns.free']);
    expect(await sources('Sand色還有哪些尺寸可以買？', shirtInput(), 'zh-TW')).to.deep.equal(['variants']);
  });
});
