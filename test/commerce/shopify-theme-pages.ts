// Minimal theme pages, one per family, each written from its family's public contract (not copied from the themes):
// - Horizon: a cart icon, a cart drawer with `auto-open` and a cart-items section, all listening on `document` for
//   `shopify:cart:lines-update` and reading the event's `promise` ({ cart, detail }).
// - Dawn: a `<cart-notification>` whose `renderContents(state)` puts `state.sections[id]` into the elements it lists
//   in `getSectionsToRender()` and opens itself.

interface LinesUpdateEvent extends Event {
  action?: string;
  promise?: Promise<{ cart: { totalQuantity?: number } | null; detail?: { itemCount?: number; sections?: Record<string, string>; didError?: boolean } }>;
}

/** Puts the shop's rendered section into `target`: what the theme does with the HTML the SDK passes on, never the SDK. */
function renderSection(target: Element, html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  target.replaceChildren(...parsed.body.childNodes);
}

export class HorizonCartIcon extends HTMLElement {
  connectedCallback() {
    this.innerHTML = '<span class="cart-bubble__text-count">0</span>';
    document.addEventListener('shopify:cart:lines-update', this.onUpdate);
  }
  disconnectedCallback() {
    document.removeEventListener('shopify:cart:lines-update', this.onUpdate);
  }
  get count(): string {
    return this.querySelector('.cart-bubble__text-count')!.textContent!;
  }
  private onUpdate = (event: Event) => {
    void (event as LinesUpdateEvent).promise?.then(({ cart, detail }) => {
      this.querySelector('.cart-bubble__text-count')!.textContent = String(cart?.totalQuantity ?? detail?.itemCount ?? 0);
    });
  };
}

export class HorizonCartDrawer extends HTMLElement {
  connectedCallback() {
    if (!this.querySelector('dialog')) this.append(Object.assign(document.createElement('dialog'), { className: 'cart-drawer' }));
    this.dialog.append(...[...this.children].filter((child) => child !== this.dialog));
    document.addEventListener('shopify:cart:lines-update', this.onUpdate);
  }
  disconnectedCallback() {
    document.removeEventListener('shopify:cart:lines-update', this.onUpdate);
  }
  get dialog(): HTMLDialogElement {
    return this.querySelector('dialog')!;
  }
  private onUpdate = (event: Event) => {
    const update = event as LinesUpdateEvent;
    const autoOpen = this.hasAttribute('auto-open') && update.action === 'add' && !this.dialog.open;
    void update.promise?.then(({ detail }) => {
      if (autoOpen && !detail?.didError) this.dialog.showModal();
    });
  };
}

/** Morphs its section from `detail.sections[its id]`, else re-renders itself when the update came from outside it. */
export class HorizonCartItems extends HTMLElement {
  rerenders = 0;
  connectedCallback() {
    document.addEventListener('shopify:cart:lines-update', this.onUpdate);
  }
  disconnectedCallback() {
    document.removeEventListener('shopify:cart:lines-update', this.onUpdate);
  }
  private onUpdate = (event: Event) => {
    if (event.target === this) return;
    const id = this.dataset.sectionId!;
    void (event as LinesUpdateEvent).promise?.then(async ({ detail }) => {
      const html = detail?.sections?.[id];
      if (html) return renderSection(this, html);
      this.rerenders++;
      const answer = (await (await fetch(`/?sections=${id}`)).json()) as Record<string, string>;
      renderSection(this, answer[id]!);
    });
  };
}

customElements.define('cart-icon', HorizonCartIcon);
customElements.define('cart-drawer-component', HorizonCartDrawer);
customElements.define('cart-items-component', HorizonCartItems);

export function horizonPage(): { icon: HorizonCartIcon; drawer: HorizonCartDrawer; items: HorizonCartItems; remove(): void } {
  const header = document.createElement('header');
  header.innerHTML = '<cart-icon></cart-icon><cart-drawer-component auto-open><cart-items-component data-section-id="cart-drawer-items"></cart-items-component></cart-drawer-component>';
  document.body.prepend(header);
  return {
    icon: header.querySelector('cart-icon')!,
    drawer: header.querySelector('cart-drawer-component')!,
    items: header.querySelector('cart-items-component')!,
    remove: () => header.remove(),
  };
}

interface DawnState {
  key?: string;
  sections: Record<string, string>;
}

export class DawnCartNotification extends HTMLElement {
  rendered = 0;
  private activeElement: HTMLElement | null = null;
  setActiveElement(element: HTMLElement) {
    this.activeElement = element;
  }
  /** Closing returns focus to the element the form named (Dawn's notification does this on close). */
  close() {
    this.classList.remove('active');
    this.activeElement?.focus();
  }
  getSectionsToRender() {
    return [{ id: 'cart-notification-product' }, { id: 'cart-notification-button' }, { id: 'cart-icon-bubble' }];
  }
  renderContents(state: DawnState) {
    this.rendered++;
    for (const { id } of this.getSectionsToRender()) {
      const target = document.getElementById(id);
      if (target && state.sections[id]) renderSection(target, state.sections[id]);
    }
    this.classList.add('active');
  }
}
customElements.define('cart-notification', DawnCartNotification);

export function dawnPage(): { notification: DawnCartNotification; bubble: HTMLElement; product: HTMLElement; remove(): void } {
  const header = document.createElement('header');
  header.innerHTML =
    '<a id="cart-icon-bubble" href="/cart">0 items</a><cart-notification><div id="cart-notification-product"></div><div id="cart-notification-button"></div></cart-notification>';
  document.body.prepend(header);
  return {
    notification: header.querySelector('cart-notification')!,
    bubble: header.querySelector('#cart-icon-bubble')!,
    product: header.querySelector('#cart-notification-product')!,
    remove: () => header.remove(),
  };
}
