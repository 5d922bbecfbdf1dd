// A pretend Shopify storefront for demo/shopify.html: the `Shopify` global a theme has, an in-memory cart behind a
// mocked Ajax Cart API (msw, in the browser), and a theme cart that redraws on `cart:updated`. Then the SDK loads.
const { setupWorker, http, HttpResponse, delay } = globalThis.MockServiceWorker;

globalThis.Shopify = { routes: { root: '/' }, currency: { active: 'USD' }, shop: 'atelier-lune.myshopify.com' };

const VARIANTS = {
  41001: { title: 'Mulberry Silk Wrap Dress - XS', price: 18900, stock: 5 },
  41002: { title: 'Mulberry Silk Wrap Dress - S', price: 18900, stock: 5 },
  41003: { title: 'Mulberry Silk Wrap Dress - M', price: 18900, stock: 5 },
  41005: { title: 'Mulberry Silk Wrap Dress - XL', price: 18900, stock: 1 },
  42001: { title: 'Silk Twill Scarf', price: 5900, stock: 20 },
};
const SCARF = {
  id: 8002,
  handle: 'silk-scarf',
  title: 'Silk Twill Scarf',
  price: 5900,
  url: '/products/silk-scarf',
  featured_image: '/img/scarf-studio.svg',
  options: [{ name: 'Title', position: 1, values: ['90 × 90 cm'] }],
  variants: [{ id: 42001, title: '90 × 90 cm', option1: '90 × 90 cm', available: true, price: 5900 }],
};

const cart = { items: [] };
const cartJson = () => ({
  item_count: cart.items.reduce((sum, item) => sum + item.quantity, 0),
  total_price: cart.items.reduce((sum, item) => sum + item.price * item.quantity, 0),
  currency: 'USD',
  items: cart.items,
});

const worker = setupWorker(
  http.post('/cart/add.js', async ({ request }) => {
    await delay(500);
    const { items } = await request.json();
    const added = [];
    for (const { id, quantity = 1, properties = {} } of items ?? []) {
      const variant = VARIANTS[id];
      if (!variant) return HttpResponse.json({ status: 404, message: 'Cart Error', description: 'Cannot find variant' }, { status: 404 });
      if (variant.stock < quantity) {
        return HttpResponse.json({ status: 422, message: 'Cart Error', description: `The product '${variant.title}' is already sold out.` }, { status: 422 });
      }
      variant.stock -= quantity;
      let item = cart.items.find((line) => line.id === id);
      if (item) item.quantity += quantity;
      else cart.items.push((item = { id, key: `${id}:demo`, title: variant.title, price: variant.price, quantity, properties }));
      added.push(item);
    }
    return HttpResponse.json({ items: added });
  }),
  http.get('/cart.js', () => HttpResponse.json(cartJson())),
  http.get('/products/silk-scarf.js', () => HttpResponse.json(SCARF)),
);

// The theme's cart: redraws when the SDK says the cart changed (as Dawn-style themes do for cart:updated).
const bubble = document.getElementById('cart-icon-bubble');
const drawer = document.getElementById('cart-drawer');
const money = (cents) => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(cents / 100);
function drawCart(state) {
  document.getElementById('cart-count').textContent = String(state.item_count);
  document.getElementById('cart-items').replaceChildren(
    ...state.items.map((item) => {
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = `${item.title} × ${item.quantity}`;
      const price = document.createElement('span');
      price.textContent = money(item.price * item.quantity);
      li.append(name, price);
      return li;
    }),
  );
  document.getElementById('cart-total').textContent = state.items.length ? `Total: ${money(state.total_price)}` : 'Your cart is empty.';
}
document.addEventListener('cart:updated', (event) => {
  if (event.detail?.cart) drawCart(event.detail.cart);
  drawer.hidden = false;
  bubble.setAttribute('aria-expanded', 'true');
});
// The cards' cart button goes to {root}cart in Shopify mode; this pretend shop has no cart page, so it opens the drawer.
document.addEventListener('shoplive-checkout', (event) => {
  event.preventDefault();
  drawer.hidden = false;
  bubble.setAttribute('aria-expanded', 'true');
});
bubble.addEventListener('click', () => {
  drawer.hidden = !drawer.hidden;
  bubble.setAttribute('aria-expanded', String(!drawer.hidden));
});
drawer.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    drawer.hidden = true;
    bubble.setAttribute('aria-expanded', 'false');
    bubble.focus();
  }
});
drawCart(cartJson());

// The mock must answer before the SDK asks anything, so the SDK is imported once the worker runs.
await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
await import('/dist/shoplive.js');
