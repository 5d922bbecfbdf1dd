import { expect } from '@esm-bundle/chai';
import { emit, EVENTS, isPlayerError, type ShopliveErrorDetail } from '../../src/internal/events.js';

describe('emit (the one way a shoplive-* event goes out)', () => {
  it('bubbles out of a shadow root to the document and the window, and returns the event for cancelable requests', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const inside = host.attachShadow({ mode: 'closed' }).appendChild(document.createElement('button'));
    const heard: string[] = [];
    const onDocument = (event: CustomEvent<{ source: 'cards' }>) => heard.push(`document:${event.detail.source}`);
    const onWindow = (event: CustomEvent<{ source: 'cards' }>) => {
      heard.push(`window:${event.detail.source}`);
      event.preventDefault();
    };
    document.addEventListener(EVENTS.checkout, onDocument);
    window.addEventListener(EVENTS.checkout, onWindow);
    try {
      const plain = emit(inside, EVENTS.checkout, { source: 'cards' });
      expect(plain.defaultPrevented, 'not cancelable unless asked').to.equal(false);
      const request = emit(inside, EVENTS.checkout, { source: 'cards' }, { cancelable: true });
      expect(request.defaultPrevented).to.equal(true);
      expect(heard).to.deep.equal(['document:cards', 'window:cards', 'document:cards', 'window:cards']);
      heard.length = 0;
      emit(inside, EVENTS.checkout, { source: 'cards' }, { composed: false });
      expect(heard, 'composed: false stays in the shadow tree').to.deep.equal([]);
    } finally {
      document.removeEventListener(EVENTS.checkout, onDocument);
      window.removeEventListener(EVENTS.checkout, onWindow);
      host.remove();
    }
  });

  it('tells player errors from commerce and size helper errors by their code', () => {
    const errors: ShopliveErrorDetail[] = [
      { code: 'network', message: 'm', fatal: true },
      { code: 'refused-url', message: 'm', fatal: false },
      { code: 'cart', message: 'm', fatal: false },
      { code: 'size-chart-load', message: 'm', fatal: false },
    ];
    expect(errors.map(isPlayerError)).to.deep.equal([true, true, false, false]);
  });
});
