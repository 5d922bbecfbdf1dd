import { expect } from '@esm-bundle/chai';
import { sizesOf, validateProducts, variantFor } from '../../src/commerce/product.js';
import { productStore } from '../../src/commerce/product-store.js';
import { dressInput, scarfInput, uniqueId } from './support.js';

describe('validateProducts', () => {
  it('accepts good products, normalizing ids, currencies, option names and URLs', () => {
    const { products, errors } = validateProducts([{ ...dressInput('dress'), currency: 'usd' }, { ...scarfInput('scarf'), id: 42 }]);
    expect(errors).to.deep.equal([]);
    expect(products.map((product) => product.id)).to.deep.equal(['dress', '42']);
    const dress = products[0]!;
    expect(dress.currency).to.equal('USD');
    expect(dress.url).to.equal(new URL('/products/mulberry-silk-wrap-dress', document.baseURI).href);
    expect(dress.variants[0]!.options).to.deep.equal({ size: 'XS' });
    expect(dress.sizeChart).to.deep.equal({});
    expect(sizesOf(dress)).to.deep.equal([
      { label: 'XS', available: true },
      { label: 'S', available: true },
      { label: 'M', available: true },
      { label: 'L', available: false },
      { label: 'XL', available: true },
    ]);
    expect(variantFor(dress, 'M')!.id).to.equal('1003');
    expect(products[1]!.variants[0]!.options).to.deep.equal({});
  });

  it('reports every bad product and variant by path and skips it, never throwing', () => {
    const input = {
      products: [
        dressInput('ok'),
        { ...scarfInput('no-price'), price: -1 },
        { ...scarfInput('nan'), price: Number.NaN },
        { ...scarfInput('currency'), currency: 'dollars' },
        { ...scarfInput('title'), title: '   ' },
        'not an object',
        null,
        { ...scarfInput('ok'), title: 'duplicate id' },
        {
          ...dressInput('variants'),
          variants: [{ id: 'v1', options: { size: 'S' } }, { title: 'no id' }, { id: 'v3', price: 'free' }, { id: 'v1' }, { id: 'v5', available: 'yes' }],
        },
      ],
    };
    const { products, errors } = validateProducts(input);
    expect(products.map((product) => product.id)).to.deep.equal(['ok', 'variants']);
    expect(products[1]!.variants.map((variant) => variant.id)).to.deep.equal(['v1']);
    expect(errors.map((error) => error.path)).to.deep.equal([
      'products[1].price',
      'products[2].price',
      'products[3].currency',
      'products[4].title',
      'products[5]',
      'products[6]',
      'products[7].id',
      'products[8].variants[1].id',
      'products[8].variants[2].price',
      'products[8].variants[3].id',
      'products[8].variants[4].available',
    ]);
    for (const garbage of [undefined, null, 42, 'text', {}, { products: 'x' }, [[[]]], [{ id: {}, title: [] }]]) {
      expect(() => validateProducts(garbage)).to.not.throw();
    }
    expect(validateProducts(42).errors[0]!.path).to.equal('');
  });

  it('keeps a product whose URLs are unsafe, dropping the URLs with a warning', () => {
    const { products, errors } = validateProducts([
      { ...scarfInput('xss'), url: 'javascript:alert(1)', image: 'data:image/svg+xml,<svg onload=alert(1)>', naturalLightImage: 'not a url' },
    ]);
    expect(products).to.have.length(1);
    expect('url' in products[0]!).to.equal(false);
    expect('image' in products[0]!).to.equal(false);
    expect('naturalLightImage' in products[0]!).to.equal(false);
    expect(errors.map((error) => error.path)).to.deep.equal(['products[0].image', 'products[0].url', 'products[0].naturalLightImage']);
  });

  it('keeps markup in text as text', () => {
    const title = '<img src=x onerror="alert(1)"> Dress';
    const { products } = validateProducts([{ ...scarfInput(), title }]);
    expect(products[0]!.title).to.equal(title);
  });

  it('accepts decimal strings as prices and resolves relative URLs against a given base', () => {
    const { products } = validateProducts([{ ...scarfInput('s'), price: '59.50', image: 'img/a.svg' }], 'https://cdn.example/show/products.json');
    expect(products[0]!.price).to.equal(59.5);
    expect(products[0]!.image).to.equal('https://cdn.example/show/img/a.svg');
  });
});

describe('productStore', () => {
  it('is one store per page, shared through a global symbol', () => {
    const state = (globalThis as unknown as Record<symbol, { products: Map<string, unknown> }>)[Symbol.for('shoplive.products.v2')];
    const id = uniqueId('shared');
    productStore.put(validateProducts([scarfInput(id)]).products);
    expect(state.products.has(id)).to.equal(true);
  });

  it('notifies subscribers of products, shows and the presented product per show', () => {
    const changes: string[] = [];
    const unsubscribe = productStore.subscribe((change) => changes.push(change.type));
    const owner = {};
    const other = {};
    const id = uniqueId('p');
    productStore.put(validateProducts([dressInput(id)]).products);
    productStore.setShow(owner, [id, id]);
    productStore.present(owner, id);
    productStore.present(owner, id);
    expect(productStore.showIds(owner)).to.deep.equal([id]);
    expect(productStore.presented(owner)).to.equal(id);
    expect(productStore.presented(other)).to.equal(null);
    productStore.markSoldOut(id, '1003');
    expect(productStore.get(id)!.variants.find((variant) => variant.id === '1003')!.available).to.equal(false);
    unsubscribe();
    productStore.present(owner, null);
    expect(changes).to.deep.equal(['products', 'show', 'presented', 'products']);
  });

  it('survives a subscriber that throws', () => {
    const unsubscribe = productStore.subscribe(() => {
      throw new Error('boom');
    });
    const warn = console.error;
    console.error = () => undefined;
    try {
      expect(() => productStore.present({}, 'x')).to.not.throw();
    } finally {
      console.error = warn;
      unsubscribe();
    }
  });
});
