import { expect } from '@esm-bundle/chai';
import {
  closestComposed,
  composedAncestors,
  composedContains,
  enclosingShadowRoots,
  inheritedAttribute,
  inheritedLang,
} from '../../src/internal/composed-ancestors.js';

/** <section lang=de commerce=shopify> → #outer host → shadow → <div lang=""> → #inner host → shadow → <span>. */
function nestedTree() {
  const section = document.createElement('section');
  section.setAttribute('lang', 'de');
  section.setAttribute('commerce', 'shopify');
  const outer = section.appendChild(document.createElement('div'));
  const outerRoot = outer.attachShadow({ mode: 'closed' });
  const wrapper = outerRoot.appendChild(document.createElement('div'));
  wrapper.setAttribute('lang', '');
  wrapper.setAttribute('commerce', '');
  const inner = wrapper.appendChild(document.createElement('p'));
  const innerRoot = inner.attachShadow({ mode: 'open' });
  const leaf = innerRoot.appendChild(document.createElement('span'));
  document.body.append(section);
  return { section, outer, outerRoot, wrapper, inner, innerRoot, leaf };
}

describe('composed ancestors (one walk up through shadow roots)', () => {
  afterEach(() => document.querySelectorAll('section').forEach((each) => each.remove()));

  it('goes from a node through each shadow root to its host, up to the document', () => {
    const { section, outer, outerRoot, wrapper, inner, innerRoot, leaf } = nestedTree();
    const path = [...composedAncestors(leaf)];
    expect(path.slice(0, 7)).to.deep.equal([leaf, innerRoot, inner, wrapper, outerRoot, outer, section]);
    expect(path.slice(-3)).to.deep.equal([document.body, document.documentElement, document]);
    expect([...enclosingShadowRoots(leaf)]).to.deep.equal([innerRoot, outerRoot]);
    expect([...enclosingShadowRoots(section)]).to.deep.equal([]);
  });

  it('answers containment and inherited settings across closed and open shadow roots', () => {
    const { section, outer, inner, leaf } = nestedTree();
    expect(composedContains(outer, leaf)).to.equal(true);
    expect(composedContains(leaf, outer)).to.equal(false);
    expect(section.contains(leaf)).to.equal(false); // what the platform's own contains() misses
    // An empty lang is no language: the section's `de` is inherited through both shadow roots.
    expect(inheritedLang(leaf)).to.equal('de');
    // Any other attribute counts even when empty: the nearer, empty `commerce` wins.
    expect(inheritedAttribute(leaf, 'commerce')).to.equal('');
    expect(inheritedAttribute(leaf, 'host-origin')).to.equal(null);
    expect(closestComposed(leaf, (each) => each.localName === 'p')).to.equal(inner);
  });
});
