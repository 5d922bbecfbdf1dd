// A minimal Shopify storefront for test/shopify-theme/: the extension's Liquid (integrations/shopify) rendered with
// liquidjs inside a theme of our own (theme/), as Shopify would: the head app embed into `content_for_header`, the app
// block into the product template, the SDK from the extension's assets (copy-sdk.mjs output). Each test session is a
// shop of its own under `/__shop/<sid>/` (its `Shopify.routes.root`), with an Ajax Cart API and Section Rendering API.
//
//   /__shop/<sid>/products/<handle>?family=dawn|horizon&stream=<url>&embed=1   the product page
//   /__shop/<sid>/cart/add.js (POST), /cart.js, /?sections=a,b                 the shop's cart
//   /__shop/assets/<file>                                                       the extension's assets
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Liquid } from 'liquidjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const extension = join(root, 'integrations/shopify');
const theme = join(root, 'test/shopify-theme/theme');
const PAGE = /^\/__shop\/([\w-]{1,40})\/(.*)$/;
const THEME_ASSETS = { 'theme-cart.js': '/test/commerce/shopify-theme-pages.ts' };

/** The shop's catalogue: one product, as the Liquid `product` object (prices in cents, options by name). */
const product = {
  id: 7001,
  handle: 'mulberry-silk-wrap-dress',
  title: 'Mulberry Silk Wrap Dress',
  price: 18900,
  url: '/products/mulberry-silk-wrap-dress',
  featured_image: '/demo/img/dress-front.svg',
  options: ['Size'],
  variants: ['XS', 'S', 'M', 'L', 'XL'].map((size, index) => ({ id: 1001 + index, title: size, option1: size, available: size !== 'L', price: size === 'XL' ? 19900 : 18900 })),
};

function engine(roots) {
  const liquid = new Liquid({ root: roots, partials: roots.map((dir) => join(dir, 'snippets')), extname: '.liquid', strictFilters: true });
  // `{% schema %}` is read by Shopify, never rendered.
  liquid.registerTag('schema', {
    parse(_token, remaining) {
      while (remaining.length) if (remaining.shift().name === 'endschema') return;
      throw new Error('{% schema %} without {% endschema %}');
    },
    render: () => '',
  });
  liquid.registerFilter('asset_url', (name) => `/__shop/assets/${encodeURIComponent(name)}`);
  liquid.registerFilter('theme_asset_url', (name) => THEME_ASSETS[name]);
  liquid.registerFilter('image_url', (url) => url);
  liquid.registerFilter('handleize', (text) => String(text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));
  liquid.registerFilter('money', (cents) => `$${(Number(cents) / 100).toFixed(2)}`);
  return liquid;
}
const extensionLiquid = engine([extension]);
const themeLiquid = engine([theme]);

let assets;
/** The SDK as the extension ships it: dist/ flattened by copy-sdk.mjs (once per run, after `npm run build`). */
function assetDir() {
  if (!assets) {
    assets = mkdtempSync(join(tmpdir(), 'shoplive-shopify-assets-'));
    execFileSync(process.execPath, [join(extension, 'copy-sdk.mjs'), '--dist', join(root, 'dist'), '--out', assets], { stdio: 'ignore' });
  }
  return assets;
}

const carts = new Map();
const cartOf = (sid) => carts.get(sid) ?? carts.set(sid, { items: [], adds: [] }).get(sid);
/** The shop's rendering of a section: the count of lines in the cart (as test/commerce/shopify-support.ts). */
const sectionHtml = (cart, id) => `<div id="shopify-section-${id}">${cart.items.length} items</div>`;
const sectionsOf = (cart, list) => Object.fromEntries(String(list).split(',').filter(Boolean).map((id) => [id, sectionHtml(cart, id)]));

async function productPage(sid, query) {
  const family = query.get('family') === 'horizon' ? 'horizon' : 'dawn';
  const settings = {
    stream_url: query.get('stream') ?? '',
    replay_src: query.get('replay') ?? '',
    commerce: 'shopify',
    autoplay: true,
    locale: 'auto',
    show_title: 'Spring silk live',
  };
  const shop = { routes: { root: `/__shop/${sid}/` }, currency: { active: 'USD' }, theme: { schema_name: family === 'horizon' ? 'Horizon' : 'Dawn' } };
  const cart = cartOf(sid);
  // Shopify's global objects, seen inside `{% render %}` snippets too (liquidjs: render globals).
  const globals = {
    product,
    cart: { item_count: cart.items.length, currency: { iso_code: 'USD' } },
    request: { locale: { iso_code: 'en' } },
    routes: { cart_url: `/__shop/${sid}/cart`, cart_add_url: `/__shop/${sid}/cart/add` },
  };
  // content_for_header: Shopify's own script (the `Shopify` object; JSON of our own data), then the head app embeds.
  let header = `<script>window.Shopify = ${JSON.stringify(shop)};</script>`;
  if (query.get('embed') === '1') {
    header += await extensionLiquid.renderFile('blocks/live-player-head', { block: { settings: { stream_url: settings.stream_url } } }, { globals });
  }
  let appBlocks = await extensionLiquid.renderFile('blocks/live-player', { block: { settings, shopify_attributes: '' } }, { globals });
  if (query.has('schedule')) {
    const scheduleSettings = { heading: 'Upcoming live shows', schedule_src: query.get('schedule'), hand_over: query.get('handover') ?? 'link' };
    appBlocks += await extensionLiquid.renderFile('blocks/show-schedule', { block: { settings: scheduleSettings, shopify_attributes: '' } }, { globals });
  }
  const content = await themeLiquid.renderFile('templates/product', { app_blocks: appBlocks }, { globals });
  return themeLiquid.renderFile('layout/theme', { theme_family: family, content_for_header: header, content_for_layout: content }, { globals });
}

async function readBody(req) {
  const parts = [];
  for await (const part of req) parts.push(part);
  return Buffer.concat(parts).toString('utf8');
}

function addToCart(cart, body) {
  cart.adds.push(body);
  const item = body.items?.[0];
  const variant = product.variants.find((candidate) => candidate.id === Number(item?.id));
  if (!variant?.available) return { status: 422, body: { status: 422, message: 'Cart Error', description: 'This size is sold out.' } };
  cart.items.push({ id: variant.id, quantity: item.quantity ?? 1, title: `${product.title} - ${variant.title}` });
  const line = { id: variant.id, quantity: item.quantity ?? 1, key: `${variant.id}:k`, properties: item.properties ?? {} };
  return { status: 200, body: { items: [line], ...(body.sections ? { sections: sectionsOf(cart, body.sections) } : {}) } };
}

/** Koa middleware for web-test-runner.config.mjs. */
export async function shopifyTheme(ctx, next) {
  if (ctx.path.startsWith('/__shop/assets/')) {
    const name = decodeURIComponent(ctx.path.slice('/__shop/assets/'.length));
    if (!/^[\w.-]+$/.test(name)) return next();
    const file = [join(assetDir(), name), join(extension, 'assets', name)].find(existsSync);
    if (!file) return next();
    ctx.type = name.endsWith('.css') ? 'text/css' : 'text/javascript';
    ctx.body = readFileSync(file);
    return undefined;
  }
  const match = PAGE.exec(ctx.path);
  if (!match) return next();
  const [, sid, rest] = match;
  const cart = cartOf(sid);
  const json = (status, body) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.set('cache-control', 'no-store');
    ctx.body = JSON.stringify(body);
  };
  if (rest.startsWith('products/')) {
    ctx.type = 'text/html';
    ctx.set('cache-control', 'no-store');
    ctx.body = await productPage(sid, new URLSearchParams(ctx.querystring));
  } else if (rest === 'shows.json') {
    // The merchant's schedule: one show on air now (started five minutes ago), on the given stream.
    const now = Date.now();
    const show = { id: 'spring-silk', title: 'Spring silk, live from Hangzhou', timeZone: 'Asia/Shanghai', streamUrl: ctx.query.stream };
    json(200, { shows: [{ ...show, start: new Date(now - 5 * 60_000).toISOString(), end: new Date(now + 55 * 60_000).toISOString() }] });
  } else if (rest === 'cart/add.js' && ctx.method === 'POST') {
    const answer = addToCart(cart, JSON.parse((await readBody(ctx.req)) || '{}'));
    json(answer.status, answer.body);
  } else if (rest === 'cart.js') {
    json(200, { token: sid, item_count: cart.items.length, items: cart.items, currency: 'USD', adds: cart.adds });
  } else if (rest === '' && ctx.query.sections) {
    json(200, sectionsOf(cart, ctx.query.sections));
  } else {
    return next();
  }
  return undefined;
}
