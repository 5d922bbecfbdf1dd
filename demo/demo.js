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
