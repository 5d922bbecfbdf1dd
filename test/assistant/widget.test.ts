// <shoplive-assistant> on a product page: answers on screen with their source, the seller hand-off and a later
// reply, keyboard use, Arabic right to left, and no serious axe violations.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { assistant } from '../../src/assistant/index.js';
import type { QuestionDetail } from '../../src/assistant/host.js';
import '../../src/assistant/widget/shoplive-assistant.js';
import type { ShopliveAssistant } from '../../src/assistant/widget/assistant.component.js';
import { productStore } from '../../src/commerce/product-store.js';
import { validateProducts } from '../../src/commerce/product.js';
import { seriousViolations } from '../support/axe.js';
import { cleanup, mount, nextEvent, waitFor } from '../support/dom.js';
import { lampInput, shirtInput, visible } from './support.js';

function put(input: ReturnType<typeof shirtInput> | ReturnType<typeof lampInput>): string {
  productStore.put(validateProducts([input]).products);
  return input.id;
}

const shadow = (element: Element) => element.shadowRoot!;
const text = (element: Element) => visible(shadow(element).textContent).replace(/\s+/g, ' ');

describe('<shoplive-assistant>', () => {
  afterEach(() => {
    assistant.answerer = null;
    cleanup();
  });

  it('answers a suggested question with its source, and the answer can be copied', async () => {
    const id = put(shirtInput());
    const box = mount<ShopliveAssistant>(`<shoplive-assistant lang="en" product-id="${id}"></shoplive-assistant>`);
    const suggestion = await waitFor(() => [...shadow(box).querySelectorAll<HTMLButtonElement>('.suggestions button')].find((button) => button.textContent === 'How do I wash it?'), 'the care suggestion');
    expect([...shadow(box).querySelectorAll('.suggestions button')].map((button) => button.textContent)).to.deep.equal([
      'What size is the model wearing?', 'What is it made of?', 'How do I wash it?', 'Which countries does it ship to?',
    ]);
    suggestion.click();
    await waitFor(() => text(box).includes('Care: Machine wash cold; line dry'), 'the care answer on screen');
    expect(text(box)).to.include('From the product details: care');
    expect(shadow(box).querySelector('.log')!.getAttribute('aria-live')).to.equal('polite');
    const copy = shadow(box).querySelector<HTMLButtonElement>('.copy')!;
    expect(copy.textContent).to.equal('Copy answer');
  });

  it('sends what it cannot answer to the seller and shows the seller\'s reply', async () => {
    const id = put(shirtInput());
    const box = mount<ShopliveAssistant>(`<shoplive-assistant lang="en" product-id="${id}"></shoplive-assistant>`);
    await waitFor(() => shadow(box).querySelector('input'), 'the question box');
    const asked = nextEvent<QuestionDetail>(document, 'shoplive-question');
    document.addEventListener('shoplive-question', (event) => (event as CustomEvent<QuestionDetail>).detail.accept(), { once: true });
    void box.ask('Is it see-through?');
    const { detail } = await asked;
    expect(detail).to.include({ productId: id, question: 'Is it see-through?', locale: 'en' });
    expect(detail.questionId).to.be.a('string').and.not.equal('');
    await waitFor(() => text(box).includes("We've asked the seller. Their answer will appear here."), 'the hand-off note');
    assistant.reply(detail.questionId, 'Not at all: it is a mid-weight linen.');
    await waitFor(() => text(box).includes('Reply from the seller') && text(box).includes('Not at all: it is a mid-weight linen.'), 'the seller\'s reply');
  });

  it('says nothing about the seller when no listener took the question', async () => {
    const id = put(shirtInput());
    const box = mount<ShopliveAssistant>(`<shoplive-assistant lang="en" product-id="${id}"></shoplive-assistant>`);
    await waitFor(() => shadow(box).querySelector('input'), 'the question box');
    const asked = nextEvent<QuestionDetail>(box, 'shoplive-question');
    await box.ask('Is it see-through?');
    await asked;
    expect(text(box)).to.include("The product details don't say.");
    expect(text(box)).to.not.include("We've asked the seller");
  });

  it('takes a typed question from the keyboard (Enter sends it)', async () => {
    const id = put(lampInput());
    const box = mount<ShopliveAssistant>(`<shoplive-assistant lang="en-GB" product-id="${id}"></shoplive-assistant>`);
    const input = await waitFor(() => shadow(box).querySelector('input'), 'the question box');
    input.focus();
    await sendKeys({ type: 'how tall is it?' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => text(box).includes('height 45 cm'), 'the dimensions answer');
    expect(text(box)).to.include('From the product details: dimensions');
    expect(input.value).to.equal('');
  });

  it('works right to left in Arabic, with localized UI and answer', async () => {
    const id = put(shirtInput());
    const box = mount<ShopliveAssistant>(`<shoplive-assistant lang="ar" product-id="${id}"></shoplive-assistant>`);
    await waitFor(() => text(box).includes('أسئلة عن هذا المنتج'), 'the Arabic catalog');
    expect(shadow(box).querySelector('.panel')!.getAttribute('dir')).to.equal('rtl');
    await box.ask('هل يمكن إرجاعه؟');
    await waitFor(() => text(box).includes('يمكنك إرجاعه خلال'), 'the Arabic answer');
    expect(text(box)).to.include('من بيانات المنتج: الإرجاع');
  });

  it('has no serious accessibility violations, before and after an answer', async () => {
    const id = put(shirtInput());
    const box = mount<ShopliveAssistant>(`<main><shoplive-assistant lang="en" product-id="${id}"></shoplive-assistant></main>`).querySelector<ShopliveAssistant>('shoplive-assistant')!;
    await waitFor(() => shadow(box).querySelector('input'), 'the question box');
    expect(await seriousViolations(box)).to.deep.equal([]);
    await box.ask('what is it made of?');
    await waitFor(() => text(box).includes('European linen'), 'the answer');
    expect(await seriousViolations(box)).to.deep.equal([]);
    const buttons = [...shadow(box).querySelectorAll('button')];
    for (const button of buttons) expect(button.getBoundingClientRect().height, button.textContent ?? '').to.be.at.least(44);
  });
});
