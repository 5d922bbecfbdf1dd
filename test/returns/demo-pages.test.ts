// The demo's order and product-details pages, loaded as a shopper would: the built script tag, a strict CSP.
import { expect } from '@esm-bundle/chai';
import { cleanup, mount, waitFor } from '../support/dom.js';

async function openDemo(path: string, width = 720): Promise<{ win: Window & typeof globalThis; violations: string[] }> {
  const frame = mount<HTMLIFrameElement>(`<iframe style="width: ${width}px; height: 900px; border: 0"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const violations: string[] = [];
  win.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  return { win, violations };
}

const shadow = (element: Element | null) => element?.shadowRoot ?? null;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('demo: order page and product details', () => {
  afterEach(cleanup);

  it('runs the post-purchase check end to end: a too-small dress offers the next size and the shop receives the answers', async () => {
    const { win, violations } = await openDemo('/demo/order.html');
    const check = await waitFor(() => {
      const element = win.document.querySelector('shoplive-fit-check') as (HTMLElement & { phase?: string }) | null;
      return element?.phase === 'asking' ? element : null;
    }, 'the fit check to be ready');
    const root = shadow(check)!;
    (root.querySelector('input[name="fit"][value="too-small"]')!.closest('label') as HTMLElement).click();
    await waitFor(() => root.querySelector('fieldset[data-question="waist"]'), 'the per-area questions');
    (root.querySelector('input[name="waist"][value="too-tight"]')!.closest('label') as HTMLElement).click();
    await new Promise(requestAnimationFrame);
    (root.querySelector('[part~="send-button"]') as HTMLButtonElement).click();
    const exchange = await waitFor(() => root.querySelector<HTMLButtonElement>('[part~="exchange-button"]'), 'the exchange offer');
    expect(text(exchange)).to.equal('Exchange for size M');
    const received = text(win.document.getElementById('sent'));
    expect(received).to.contain('shoplive-feedback');
    expect(received).to.contain('"reason":"too-small"');
    expect(received).to.contain('"variantId":"41002"');
    exchange.click();
    await waitFor(() => text(win.document.getElementById('sent')).includes('shoplive-fix-chosen'), 'the fix to reach the shop');
    expect(text(win.document.getElementById('sent'))).to.contain('"toVariantId":"41003"');
    expect(violations).to.deep.equal([]);
  });

  it('shows one product of each category with its own section, each with a working buy button', async () => {
    const { win, violations } = await openDemo('/demo/honest.html');
    const sheets = await waitFor(() => {
      const all = [...win.document.querySelectorAll('shoplive-product-details')] as Array<HTMLElement & { phase?: string }>;
      return all.length === 5 && all.every((sheet) => sheet.phase === 'ready') ? all : null;
    }, 'five ready product sheets');
    const has = (index: number, part: string) => shadow(sheets[index]!)!.querySelector(`[part~="${part}"]`) !== null;
    expect([has(0, 'measurements'), has(0, 'good-to-know'), has(1, 'shades'), has(1, 'ingredients'), has(2, 'power'), has(2, 'in-the-box'), has(3, 'scale-drawing')]).to.deep.equal([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    // `other`: photos and "good to know", no category section.
    expect([has(4, 'good-to-know'), has(4, 'measurements'), has(4, 'shades'), has(4, 'power'), has(4, 'dimensions')]).to.deep.equal([true, false, false, false, false]);
    // Every sheet's buy button (in its actions slot) got its product; the sofa's adds to the shop's own cart.
    const buttons = sheets.map((sheet) => sheet.querySelector('shoplive-buy-button')!);
    await waitFor(() => buttons.every((buy) => shadow(buy)?.querySelector('[part~="button"]')), 'five buy buttons');
    (shadow(buttons[3]!)!.querySelector('[part~="button"]') as HTMLButtonElement).click();
    await waitFor(() => text(win.document.getElementById('mini-cart-count')) === '1', 'the sofa in the cart');
    expect(violations).to.deep.equal([]);
  });

  it('the product page says the dress runs small before anyone sizes themselves (from the answers the demo ships)', async () => {
    const { win, violations } = await openDemo('/demo/index.html', 900);
    const helper = await waitFor(() => win.document.querySelector('shoplive-size-helper[product-id="silk-wrap-dress"]'), 'the size helper');
    const note = await waitFor(() => shadow(helper)?.querySelector('[part=fit-note]') ?? null, 'the fit note', 30_000);
    expect(text(note)).to.equal('Most buyers say this runs small.');
    expect(shadow(helper)!.querySelector('#panel'), 'no panel opened').to.equal(null);
    expect(violations).to.deep.equal([]);
  });

  it("the live page's product card opens the dress's details, with Add to cart in them", async () => {
    const { win, violations } = await openDemo('/demo/index.html', 900);
    const player = await waitFor(() => win.document.querySelector('shoplive-player'), 'the player');
    const cards = await waitFor(() => shadow(player)?.querySelector('shoplive-product-cards') ?? null, 'the product cards', 30_000);
    const open = await waitFor(() => shadow(cards)!.querySelector<HTMLButtonElement>('[part=card] [part=details-button]'), 'Details on the card', 30_000);
    open.click();
    const details = await waitFor(() => shadow(cards)!.querySelector<HTMLElement & { phase?: string }>('[part=sheet] shoplive-product-details'), 'the details sheet');
    await waitFor(() => details.phase === 'ready', 'the details loaded');
    const title = text(shadow(details)!.querySelector('h2'));
    expect(['Mulberry Silk Wrap Dress', 'Silk Twill Scarf']).to.include(title);
    if (title === 'Mulberry Silk Wrap Dress') expect(shadow(details)!.querySelector('[part~="measurements"]')).to.not.equal(null);
    expect(details.querySelector('shoplive-buy-button[slot=actions]')).to.not.equal(null);
    expect(violations).to.deep.equal([]);
  });
});
