import { expect } from '@esm-bundle/chai';
import '../../src/details/product-details.js';
import '../../src/returns/fit-check.js';
import { productStore } from '../../src/commerce/product-store.js';
import { validateProducts } from '../../src/commerce/product.js';
import { readDetails } from '../../src/details/details-data.js';
import type { ShopliveFitCheck } from '../../src/returns/fit-check.js';
import { readOrderProduct } from '../../src/returns/order-product.js';
import { cleanup, mount, waitFor } from '../support/dom.js';
import { base, cells, mountDetails, part, parts, text } from './support.js';

// One validator reads every unit: the sheet draws and prints what the seller meant, whatever unit they wrote it in.
describe('product details: units and categories, one rule each', () => {
  afterEach(cleanup);
  const rect = (element: Element, name: string) => part(element, name)!.getBoundingClientRect();

  it('draws a sofa given in mm at its real size and prints a weight given in g as kg', async () => {
    const element = await mountDetails(base('home', { dimensions: { unit: 'mm', width: 2100, depth: 950, height: 850 }, weight: { value: 1200, unit: 'g' } }), 'lang="en-GB"');
    expect(text(part(element, 'dimensions')!.querySelector('p'))).to.equal('210 cm × 95 cm × 85 cm (W × D × H)');
    expect(text(element.shadowRoot!.querySelector('.scale figcaption'))).to.equal('To scale, beside a 170 cm person');
    expect(rect(element, 'scale-product').height / rect(element, 'scale-reference').height).to.be.closeTo(85 / 170, 0.01);
    expect(rect(element, 'scale-product').width / rect(element, 'scale-reference').height).to.be.closeTo(210 / 170, 0.01);
    expect(text(part(element, 'weight'))).to.equal('Weight: 1.2 kg');
  });

  it('reads garment measurements in mm and a weight in oz', async () => {
    const dress = base('apparel', { garment: { unit: 'mm', sizes: [{ label: 'M', chest: 920, length: 1120 }] } });
    const element = await mountDetails(dress, 'lang="en-GB"');
    expect(cells(parts(element, 'size-row')[0])).to.deep.equal(['M', '92 cm', '112 cm']);
    const lamp = await mountDetails(base('home', { dimensions: { unit: 'in', width: 10, height: 20 }, weight: { value: 32, unit: 'oz' } }), 'lang="en-GB"');
    expect(text(part(lamp, 'dimensions')!.querySelector('p'))).to.equal('25 cm × 51 cm (W × H)');
    expect(text(part(lamp, 'weight'))).to.equal('Weight: 0.9 kg');
  });

  it('refuses an unknown unit with a message that names it and the units it takes', async () => {
    const raw = base('home', { dimensions: { unit: 'ft', width: 7, height: 3 }, weight: { value: 100, unit: 'stone' }, garment: { unit: 'yd', sizes: [] } });
    const { value, issues } = readDetails(raw);
    expect(issues).to.deep.include({ path: 'dimensions.unit', message: 'unit "ft" is not one of cm, mm, in; dimensions dropped' });
    expect(issues).to.deep.include({ path: 'weight.unit', message: 'unit "stone" is not one of kg, g, lb, oz; weight dropped' });
    expect(issues).to.deep.include({ path: 'garment.unit', message: 'unit "yd" is not one of cm, mm, in; garment measurements dropped' });
    expect(value!.dimensions).to.equal(undefined);
    expect(value!.weightKg).to.equal(undefined);
    const element = await mountDetails(raw, 'lang="en-GB"');
    expect(part(element, 'dimensions')).to.equal(null);
    expect(part(element, 'weight')).to.equal(null);
  });

  it('checks the category once: every reader gets the same answer and the same single message', () => {
    const raw = base('Furniture');
    const product = validateProducts([raw]);
    expect(product.errors).to.deep.equal([{ path: 'products[0].category', message: 'not one of apparel, beauty, electronics, home, other; using other' }]);
    expect(product.products[0]!.category).to.equal('other');
    expect(readDetails(raw).value!.category).to.equal('other');
    expect(readOrderProduct(raw).issues).to.deep.equal([{ path: 'category', message: 'not one of apparel, beauty, electronics, home, other; using other' }]);
    expect(validateProducts([base('Beauty')]).products[0]!.category).to.equal('beauty');
  });

  it('the fit check and the sheet read a stored product with its category and honest fields', async () => {
    const { products } = validateProducts([base('beauty', { id: 'stored-serum', ingredients: 'Aqua, Glycerin', shades: [{ name: 'Sand', color: '#c8a27a' }] })]);
    productStore.put(products);
    const check = mount<ShopliveFitCheck>('<shoplive-fit-check order-id="o-1" product-id="stored-serum" variant-id="v1"></shoplive-fit-check>');
    await waitFor(() => check.phase !== 'loading', 'the check to load');
    await check.updateComplete;
    expect(check.shadowRoot!.querySelector('fieldset[data-question="shade"]')).to.not.equal(null);
    const sheet = mount<HTMLElement & { phase: string; updateComplete: Promise<boolean> }>('<shoplive-product-details product-id="stored-serum"></shoplive-product-details>');
    await waitFor(() => sheet.phase !== 'loading', 'the sheet to load');
    await sheet.updateComplete;
    expect(parts(sheet, 'shade')).to.have.length(1);
    expect([...part(sheet, 'ingredients')!.querySelectorAll('.ingredients li')].map(text)).to.deep.equal(['Aqua', 'Glycerin']);
  });
});
