// The keywords written in Chinese and Japanese, Korean and Arabic are chunks of their own (src/assistant/words/),
// fetched the first time a question or an FAQ entry in that script is read: the answer waits for them, so the first
// question in a locale is answered as every later one is. Observed through the page's resource timings (this file
// must not import the chunks, and asks nothing in those scripts before each test below).
import { expect } from '@esm-bundle/chai';
import { answerQuestion } from '../../src/assistant/index.js';
import '../../src/assistant/widget/shoplive-assistant.js';
import type { ShopliveAssistant } from '../../src/assistant/widget/assistant.component.js';
import { productStore } from '../../src/commerce/product-store.js';
import { validateProducts } from '../../src/commerce/product.js';
import { cleanup, mount, waitFor } from '../support/dom.js';
import { lampInput, shirtInput, visible } from './support.js';

const fetched = (script: string) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(`/src/assistant/words/${script}.ts`));

describe('keywords of other scripts, in chunks of their own', () => {
  after(() => cleanup());

  it('loads the script of a seller\'s FAQ entry before matching an English question to it', async () => {
    expect(fetched('cjk'), 'the Chinese and Japanese keywords before any such text').to.equal(false);
    const faq = [{ question: '保温性はありますか？', answer: '約20分です。' }];
    const result = await answerQuestion('Does it keep drinks hot?', { product: shirtInput(), faq, locale: 'en' });
    expect(result).to.deep.include({ ok: true, sources: ['faq[0]'] });
    expect(fetched('cjk')).to.equal(true);
  });

  it('answers the first Korean question of the page right, fetching the Korean keywords for it', async () => {
    expect(fetched('ko')).to.equal(false);
    const result = await answerQuestion('무게가 얼마나 돼요?', { product: lampInput(), locale: 'ko' });
    expect(result.ok && result.sources).to.deep.equal(['weight']);
    expect(fetched('ko')).to.equal(true);
  });

  it('lets the widget answer the first Arabic question, asked before the page was idle', async () => {
    expect(fetched('ar')).to.equal(false);
    const input = lampInput();
    productStore.put(validateProducts([input]).products);
    const box = mount<ShopliveAssistant>(`<div lang="ar"><shoplive-assistant product-id="${input.id}"></shoplive-assistant></div>`).querySelector<ShopliveAssistant>('shoplive-assistant')!;
    await box.updateComplete;
    void box.ask('كم وزن المصباح؟');
    await waitFor(() => /2[.,٫]4|٢٫٤/.test(visible(box.shadowRoot!.textContent)), 'the weight answer on screen');
    expect(fetched('ar')).to.equal(true);
  });
});
