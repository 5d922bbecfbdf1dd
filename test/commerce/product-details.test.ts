// The product fields the assistant answers from: validated like the rest of the product, each unusable one dropped
// and reported by path, text cleaned and shortened, the product itself kept.
import { expect } from '@esm-bundle/chai';
import { DETAIL_LIMITS } from '../../src/commerce/product-details.js';
import { validateProducts } from '../../src/commerce/product.js';

const base = { id: 'p', title: 'T', price: 1, currency: 'USD' };

describe('product details (assistant fields)', () => {
  it('keeps well-formed fields, normalised', () => {
    const { products, errors } = validateProducts([
      {
        ...base,
        category: 'Apparel',
        material: { en: 'Linen', 'pt-BR': 'Linho' },
        care: 'Wash\u202E cold',
        dimensions: { width: 10, height: 20, unit: 'cm' },
        weight: { value: 2, unit: 'kg' },
        shipping: { countries: ['ca', 'US', 'CA'], days: 4, from: 'PT' },
        returns: { days: 30, free: true },
        inTheBox: 'Shirt',
      },
    ]);
    expect(errors).to.deep.equal([]);
    const product = products[0]!;
    expect(product).to.deep.include({
      category: 'apparel',
      material: { en: 'Linen', 'pt-BR': 'Linho' },
      care: 'Wash cold',
      dimensions: { width: 10, height: 20, unit: 'cm' },
      weight: { value: 2, unit: 'kg' },
      shipping: { countries: ['CA', 'US'], days: { min: 4, max: 4 }, from: 'PT' },
      returns: { days: 30, free: true },
      inTheBox: ['Shirt'],
    });
  });

  it('drops what cannot be used, says where, and keeps the product', () => {
    const { products, errors } = validateProducts([
      {
        ...base,
        material: 42,
        dimensions: { width: -1, unit: 'cm' },
        weight: { value: 3, unit: 'stone' },
        shipping: { countries: ['Canada', 'US'], days: { min: 9, max: 2 } },
        returns: { days: 'thirty', free: 'yes' },
        care: 'x'.repeat(DETAIL_LIMITS.text + 5),
        origin: { english: 'Portugal' },
      },
    ]);
    expect(products).to.have.length(1);
    const product = products[0]!;
    expect(product.material).to.equal(undefined);
    expect(product.dimensions).to.equal(undefined);
    expect(product.weight).to.equal(undefined);
    expect(product.shipping).to.deep.equal({ countries: ['US'] });
    expect(product.returns).to.equal(undefined);
    expect(product.care).to.have.length(DETAIL_LIMITS.text);
    expect(product.origin).to.equal(undefined);
    const paths = errors.map((error) => error.path);
    expect(paths).to.include.members([
      'products[0].material',
      'products[0].dimensions.width',
      'products[0].weight.unit',
      'products[0].shipping.countries[0]',
      'products[0].shipping.days',
      'products[0].returns.days',
      'products[0].returns.free',
      'products[0].care',
      'products[0].origin.english',
    ]);
  });
});
