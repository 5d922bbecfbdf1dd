// The keyword lists are compiled without normalising them (a cold start on a slow phone must stay cheap): every
// pattern must already be in normalised form, and the tokenizer's fast path for text with spaces must cut words
// exactly as Intl.Segmenter does in this browser. The keywords of other scripts (src/assistant/words/, lazy chunks) are
// each in their own script only, and never read as Latin words (so loading them cannot change how a Latin word is read).
import { expect } from '@esm-bundle/chai';
import { compilePattern } from '../../src/assistant/detect.js';
import type { Lexicon, Rule, ScriptWords } from '../../src/assistant/intents.js';
import { PRODUCT_LEXICON } from '../../src/assistant/lexicon-product.js';
import { SERVICE_LEXICON } from '../../src/assistant/lexicon-service.js';
import { TOPIC_LEXICON } from '../../src/assistant/lexicon-topics.js';
import { normalize, tokens } from '../../src/assistant/normalize.js';
import ar from '../../src/assistant/words/ar.js';
import cjk from '../../src/assistant/words/cjk.js';
import { scriptsIn } from '../../src/assistant/words/index.js';
import ko from '../../src/assistant/words/ko.js';

const rulesOf = (lexicons: readonly Partial<Record<string, Lexicon>>[]) => lexicons.flatMap((lexicon) =>
  Object.values(lexicon).flatMap((entry: Lexicon | undefined) => [...(entry?.strong ?? []), ...(entry?.weak ?? [])].flatMap((rule: Rule) => (typeof rule === 'string' ? [rule] : [...rule]))),
);
const chunks = { cjk, ko, ar } as const satisfies Record<string, ScriptWords>;
const chunkPatterns = (words: ScriptWords) => [...rulesOf([words.product, words.service, words.topics]), ...words.unsafe, ...words.offTopic];
const patterns = [...rulesOf([PRODUCT_LEXICON, SERVICE_LEXICON, TOPIC_LEXICON]), ...Object.values(chunks).flatMap(chunkPatterns)];

describe('assistant lexicons', () => {
  it('are written in normalised form, single-spaced', () => {
    const unnormalised = patterns.filter((pattern) => normalize(pattern) !== pattern || /\s{2,}|^\s|\s$/.test(pattern));
    expect(unnormalised).to.deep.equal([]);
  });

  it('of other scripts are each in their own chunk, and none is read as Latin words', () => {
    const misplaced = Object.entries(chunks).flatMap(([script, words]) =>
      chunkPatterns(words).filter((pattern) => scriptsIn([pattern]).join() !== script || compilePattern(pattern).kind === 'seq'));
    expect(misplaced).to.deep.equal([]);
    // The core keeps only rules with a pattern in Latin letters (a combination may add another script's word to it).
    const coreRules = [PRODUCT_LEXICON, SERVICE_LEXICON, TOPIC_LEXICON].flatMap((lexicon) => Object.values(lexicon).flatMap((entry) => [...(entry?.strong ?? []), ...(entry?.weak ?? [])]));
    expect(coreRules.filter((rule) => (typeof rule === 'string' ? [rule] : rule).every((pattern) => scriptsIn([pattern]).length))).to.deep.equal([]);
  });

  it('cut text with spaces into the words Intl.Segmenter finds', () => {
    const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
    const reference = (text: string) => [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);
    const samples = [
      ...patterns.map((pattern) => pattern.replace(/\*/g, '')),
      "it's 3.5 mm, 1,5 kg, 30ml, usb-c, e.g. l'ete, 2,4kg; a.b; 1.a x:y", '용량이 몇 ml인가요?', 'هل يمكن غسله في الغسالة؟ 30x40', 'größe xl?',
    ].map(normalize).filter((text) => !/[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/.test(text));
    const differing = samples.filter((text) => JSON.stringify(tokens(text)) !== JSON.stringify(reference(text))).map((text) => `${JSON.stringify(tokens(text))} ${JSON.stringify(reference(text))}`);
    expect(differing).to.deep.equal([]);
  });
});
