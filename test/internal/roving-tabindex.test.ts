import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement } from 'lit';
import { RovingTabindex } from '../../src/internal/roving-tabindex.js';
import { cleanup, mount } from '../support/dom.js';

/** A host with one group of items, the first the tab stop; `moved` records what the keys moved to. */
class RovingProbe extends LitElement {
  /** Items in two nested groups (set before the first render, or call requestUpdate). */
  grouped = this.hasAttribute('grouped');
  readonly moved: string[] = [];
  readonly keys = new RovingTabindex(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('#group'),
    items: '[data-item]',
    orientation: 'horizontal',
    onMove: (item) => this.moved.push(item.textContent!.trim()),
  });

  override render() {
    const item = (name: string, index: number) => html`<button data-item tabindex=${index === 0 ? '0' : '-1'} aria-checked=${String(name === 'c')}>${name}</button>`;
    return html`<div id="group" @keydown=${this.keys.onKeydown}>
      ${this.grouped
        ? html`<div role="group">${['a', 'b'].map(item)}</div>
            <div role="group">${['c', 'd'].map((name, index) => item(name, index + 2))}</div>`
        : ['a', 'b', 'c', 'd'].map(item)}
    </div>`;
  }
}
customElements.define('roving-probe', RovingProbe);

async function probe(attributes = ''): Promise<RovingProbe> {
  const element = mount<RovingProbe>(`<roving-probe ${attributes}></roving-probe>`);
  await element.updateComplete;
  return element;
}

const focused = (element: RovingProbe) => element.shadowRoot!.activeElement?.textContent?.trim();
const first = (element: RovingProbe) => element.shadowRoot!.querySelector<HTMLElement>('[data-item]')!;

describe('RovingTabindex', () => {
  afterEach(cleanup);

  it('moves with the arrow keys, wraps at both ends, and jumps with Home and End', async () => {
    const element = await probe();
    first(element).focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(element)).to.equal('b');
    await sendKeys({ press: 'End' });
    expect(focused(element)).to.equal('d');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(element)).to.equal('a');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(element)).to.equal('d');
    await sendKeys({ press: 'Home' });
    expect(focused(element)).to.equal('a');
    expect(element.moved).to.deep.equal(['b', 'd', 'a', 'd', 'a']);
  });

  it('turns Left and Right around in a right-to-left group', async () => {
    const element = await probe('dir="rtl"');
    first(element).focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(element)).to.equal('b');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(element)).to.equal('d');
  });

  it('leaves keys outside its orientation alone', async () => {
    const element = await probe();
    first(element).focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(element)).to.equal('a');
    expect(element.moved).to.deep.equal([]);
  });

  it('walks on across nested groups in document order', async () => {
    const element = await probe('grouped');
    first(element).focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(element)).to.equal('c');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(element)).to.equal('b');
  });

  it('focuses the checked item once the next render is on screen', async () => {
    const element = await probe('grouped');
    element.grouped = false;
    element.keys.focusAfterUpdate('checked');
    // Not yet: the item is focused by the render that focusAfterUpdate asked for.
    expect(focused(element)).to.equal(undefined);
    await element.updateComplete;
    expect(focused(element)).to.equal('c');
  });
});
