// A storefront's code, type-checked by `npm run typecheck` (tsconfig.json here): listeners on `document`, `window`
// and an element get typed `shoplive-*` events without casts. Every `@ts-expect-error` line must stay an error,
// and every other line must compile, so this fails both when the event maps are gone and when they are too loose.
import type { AddToCartAnswer, ShopliveErrorDetail } from 'shoplive';
import type { ShoplivePlayer } from 'shoplive/player';
import type { AddToCartDetail, ShopliveBuyButton } from 'shoplive/commerce';
import type { SizeRecommendedDetail } from 'shoplive/size-helper';

declare function saveToCart(productId: string, quantity: number): Promise<AddToCartAnswer>;

document.addEventListener('shoplive-add-to-cart', (event) => {
  const detail: AddToCartDetail = event.detail;
  detail.respondWith(saveToCart(event.detail.productId, event.detail.quantity));
  const streamTime: number | null = event.detail.streamTime;
  void streamTime;
  // @ts-expect-error an answer is `true` or `{ ok, reason? }`, not a string
  event.detail.respondWith('yes');
});

window.addEventListener('shoplive-product-click', (event) => {
  if (event.detail.url && event.detail.source === 'card') event.preventDefault();
  // @ts-expect-error no such field
  void event.detail.href;
});

const player = document.querySelector('shoplive-player') as ShoplivePlayer;
player.addEventListener('shoplive-first-frame', (event) => console.log(event.detail.ttffMs.toFixed(0), event.detail.engine));
player.addEventListener('shoplive-qoe', (event) => {
  if (event.detail.final) navigator.sendBeacon('/qoe', JSON.stringify(event.detail));
});
const position: number = player.currentTime;
void position;
// @ts-expect-error the media time is read-only
player.currentTime = 3;

const button: ShopliveBuyButton | null = document.querySelector('shoplive-buy-button');
button?.addEventListener('shoplive-size-request', (event) => {
  const sizes: readonly string[] = event.detail.sizes;
  console.log(event.detail.productId, sizes.length, event.detail.sizeChart);
});
document.addEventListener('shoplive-size-recommended', (event) => {
  const detail: SizeRecommendedDetail = event.detail;
  console.log(detail.label, detail.confidence);
});

/** One `shoplive-error` union: the `code` tells player, commerce and size helper errors apart. */
function describe(error: ShopliveErrorDetail): string {
  switch (error.code) {
    case 'network':
    case 'media':
      return error.recovery ? `${error.message} (${error.recovery.action})` : error.message;
    case 'cart':
    case 'products-load': {
      const fatal: false = error.fatal;
      return `${error.message} ${fatal}`;
    }
    case 'size-chart-load':
      // @ts-expect-error only player errors carry a recovery
      return String(error.recovery);
    default:
      return error.message;
  }
}
document.addEventListener('shoplive-error', (event) => console.warn(describe(event.detail)));

// @ts-expect-error not an event of the SDK: no typed detail
document.addEventListener('shoplive-nope', (event) => event.detail);
