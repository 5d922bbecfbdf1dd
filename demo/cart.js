// The storefront's own mini cart, the single source of truth: it answers the SDK's `shoplive-add-to-cart` requests
// (after a short "server" delay), keeps a little stock so a size can sell out mid-show, and opens on "Cart".
// Everything is rendered with textContent: product data is text, never markup.
const STOCK = { 41005: 1 }; // one XL dress left: the second XL add answers "sold-out"
const ANSWER_DELAY_MS = 600;

const lines = [];
const toggle = document.getElementById('mini-cart-toggle');
const panel = document.getElementById('mini-cart');
const list = document.getElementById('mini-cart-items');
const total = document.getElementById('mini-cart-total');
const count = document.getElementById('mini-cart-count');

function money(amount, currency) {
  return new Intl.NumberFormat(document.documentElement.lang || 'en', { style: 'currency', currency }).format(amount);
}

function render() {
  list.replaceChildren(
    ...lines.map((line) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = `${line.title}${line.size ? ` · ${line.size}` : ''} × ${line.quantity}`;
      const price = document.createElement('span');
      price.textContent = money(line.price * line.quantity, line.currency);
      item.append(name, price);
      return item;
    }),
  );
  const quantity = lines.reduce((sum, line) => sum + line.quantity, 0);
  count.textContent = String(quantity);
  total.textContent = lines.length ? `Total: ${money(lines.reduce((sum, line) => sum + line.price * line.quantity, 0), lines[0].currency)}` : 'Your cart is empty.';
}

function openCart(open) {
  panel.hidden = !open;
  toggle.setAttribute('aria-expanded', String(open));
  if (open) panel.focus();
}

function titleOf(productId) {
  // The demo knows its catalogue; a real cart would look the line up server-side.
  return catalogue.get(productId)?.title ?? productId;
}

/** The cart's "server": decides, after a short wait, whether the line can be added. */
function addLine(detail) {
  return new Promise((resolve) => {
    setTimeout(() => {
      const left = STOCK[detail.variantId];
      if (left !== undefined && left < detail.quantity) {
        resolve({ ok: false, reason: 'sold-out' });
        return;
      }
      if (left !== undefined) STOCK[detail.variantId] = left - detail.quantity;
      const existing = lines.find((line) => line.variantId === detail.variantId && line.productId === detail.productId);
      if (existing) existing.quantity += detail.quantity;
      else lines.push({ ...detail, title: titleOf(detail.productId) });
      render();
      resolve({ ok: true });
    }, ANSWER_DELAY_MS);
  });
}

document.addEventListener('shoplive-add-to-cart', (event) => {
  event.detail.respondWith(addLine(event.detail));
});

// The cards' cart button: this storefront shows its own mini cart instead of navigating.
document.addEventListener('shoplive-checkout', (event) => {
  event.preventDefault();
  openCart(true);
});

toggle.addEventListener('click', () => openCart(panel.hidden));
panel.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    openCart(false);
    toggle.focus();
  }
});

// Product data for the page's own buy button (the player loads the same file through `products-src`).
const catalogue = new Map();
fetch('./products.json')
  .then((response) => response.json())
  .then((data) => {
    for (const product of data.products) catalogue.set(product.id, product);
    const button = document.getElementById('page-buy-button');
    if (button) button.product = catalogue.get(button.getAttribute('product-id'));
  })
  .catch((error) => console.warn('demo: products.json could not be loaded', error));

render();
