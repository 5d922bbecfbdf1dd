// The storefront's side of the order and product-details pages.
// Order page: it receives the shopper's post-purchase answers as events and would store them with the order (here
// they are only listed), later turning them into the size engine's fitFeedback.
const sent = document.getElementById('sent');
if (sent) {
  for (const type of ['shoplive-feedback', 'shoplive-fix-chosen']) {
    document.addEventListener(type, (event) => {
      const item = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = `${type} ${JSON.stringify(event.detail)}`;
      item.append(code);
      sent.prepend(item);
    });
  }
}

// Product-details page: each sheet's buy button gets the same product the sheet shows (its URLs are relative to the
// JSON file, as the sheet reads them).
for (const button of document.querySelectorAll('shoplive-product-details shoplive-buy-button')) {
  const source = new URL(button.closest('shoplive-product-details').getAttribute('product-src'), location.href);
  fetch(source)
    .then((response) => response.json())
    .then((product) => {
      const absolute = (url) => (url ? new URL(url, source).href : undefined);
      button.product = { ...product, image: absolute(product.image), naturalLightImage: absolute(product.naturalLightImage) };
    })
    .catch(() => {});
}

const picker = document.getElementById('locale-picker');
picker.value = document.documentElement.lang;
picker.addEventListener('change', () => {
  document.documentElement.lang = picker.value;
  document.documentElement.dir = picker.value === 'ar' ? 'rtl' : 'ltr';
});
