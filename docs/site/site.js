// The live examples' data (no inline script under the site's CSP): properties the markup cannot carry, from the
// demo's files, and a stand-in storefront that accepts every add to cart.
const products = fetch('/products.json').then((response) => response.json()).then((data) => data.products ?? []);

for (const element of document.querySelectorAll('[data-example="product"]')) {
  void Promise.all([products, customElements.whenDefined(element.localName)]).then(([list]) => {
    element.product = list.find((product) => product.id === element.getAttribute('product-id')) ?? list[0];
  });
}

for (const element of document.querySelectorAll('[data-example="schedule"]')) {
  const at = (offsetMs) => new Date(Date.now() + offsetMs).toISOString();
  void customElements.whenDefined(element.localName).then(() => {
    element.shows = {
      shows: [
        { id: 'silk-live', title: 'Silk dress try-on, live from Hangzhou', start: at(90_000), end: at(3_600_000), timeZone: 'Asia/Shanghai', streamUrl: '/live/show.m3u8', products: ['silk-wrap-dress'], image: '/img/dress-front.svg' },
        { id: 'scarf-styling', title: 'Ten ways to tie a silk scarf', start: at(26 * 3_600_000), end: at(27 * 3_600_000), timeZone: 'Asia/Shanghai', image: '/img/scarf-studio.svg' },
      ],
    };
  });
}

document.addEventListener('shoplive-add-to-cart', (event) => event.detail.respondWith({ ok: true }));
