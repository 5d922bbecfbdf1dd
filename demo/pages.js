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

// Product-details page: the buy button in the dress sheet gets the same product the sheet shows.
const button = document.querySelector('shoplive-product-details shoplive-buy-button');
if (button) {
  fetch('./honest/dress.json')
    .then((response) => response.json())
    .then((product) => {
      button.product = { ...product, image: new URL(product.image, new URL('./honest/', location.href)).href };
    })
    .catch(() => {});
}

const picker = document.getElementById('locale-picker');
picker.value = document.documentElement.lang;
picker.addEventListener('change', () => {
  document.documentElement.lang = picker.value;
  document.documentElement.dir = picker.value === 'ar' ? 'rtl' : 'ltr';
});
