// Logs every shoplive-* event the storefront receives, as a merchant's analytics would.
const EVENTS = [
  'shoplive-ready',
  'shoplive-first-frame',
  'shoplive-stall',
  'shoplive-quality-change',
  'shoplive-error',
  'shoplive-engine-change',
  'shoplive-network-quality',
  'shoplive-publisher',
  'shoplive-qoe',
  'shoplive-add-to-cart',
  'shoplive-product-view',
  'shoplive-product-click',
  'shoplive-checkout',
  'shoplive-size-request',
  'shoplive-size-recommended',
  'shoplive-question',
];
const list = document.getElementById('event-log');

function describe(detail) {
  try {
    return JSON.stringify(detail);
  } catch {
    return String(detail);
  }
}

for (const name of EVENTS) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const time = document.createElement('time');
    time.textContent = new Date().toLocaleTimeString();
    const label = document.createElement('strong');
    label.textContent = ` ${name} `;
    const body = document.createElement('code');
    body.textContent = describe(event.detail);
    item.append(time, label, body);
    list.prepend(item);
    while (list.children.length > 50) list.lastElementChild.remove();
  });
}

// The seller's dashboard stand-in: questions the assistant could not answer are taken (the shopper sees "We've asked
// the seller"); a real storefront would route them to the seller's chat and call assistant.reply() with the answer.
document.addEventListener('shoplive-question', (event) => event.detail.accept());

// The shopper-language picker stands in for a storefront's own language switcher: the SDK follows <html lang>.
const picker = document.getElementById('locale-picker');
picker.value = document.documentElement.lang;
picker.addEventListener('change', () => {
  document.documentElement.lang = picker.value;
  // This storefront also asks for subtitles in the language the shopper picked (a menu choice still wins).
  document.getElementById('player').setAttribute('subtitles-lang', picker.value);
});

// The shop's post-purchase answers (collected by <shoplive-fit-check> on its order pages, demo/order.html) become the
// chart's fitFeedback, so the size helper knows this dress runs small and says so.
const sizeHelper = document.querySelector('shoplive-size-helper[product-id="silk-wrap-dress"]');
if (sizeHelper) {
  const sizes = { 41001: 'XS', 41002: 'S', 41003: 'M', 41004: 'L', 41005: 'XL' };
  Promise.all([fetch('./size-chart.json').then((r) => r.json()), fetch('./fit-feedback.json').then((r) => r.json()), import('/dist/returns.js')])
    .then(([chart, feedback, { fitFeedbackFrom }]) => {
      sizeHelper.chart = { ...chart, fitFeedback: fitFeedbackFrom(feedback, 'silk-wrap-dress', (id) => sizes[id]) };
    })
    .catch(() => {
      // Without the answers the helper keeps reading chart-src as it is.
    });
}
