import { expect } from '@esm-bundle/chai';
import { define } from '../../src/internal/define.js';

describe('define', () => {
  it('registers once and ignores a second registration of the same tag without throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      define('shoplive-define-probe', First);
      define('shoplive-define-probe', First);
      expect(warnings).to.have.length(0);
      // A different class under the same version (a second copy of the same build) stays quiet too.
      define('shoplive-define-probe', Second);
      expect(customElements.get('shoplive-define-probe')).to.equal(First);
    } finally {
      console.warn = original;
    }
  });

  it('warns when a different shoplive version already owns the tag', () => {
    class Foreign extends HTMLElement {}
    customElements.define('shoplive-define-foreign', Foreign);
    const registry = ((globalThis as unknown as Record<symbol, Record<string, string>>)[Symbol.for('shoplive.versions')] ??= {});
    registry['shoplive-define-foreign'] = '0.0.1-old';
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      define('shoplive-define-foreign', class extends HTMLElement {});
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.match(/already defined by shoplive 0\.0\.1-old/);
    expect(customElements.get('shoplive-define-foreign')).to.equal(Foreign);
  });
});
