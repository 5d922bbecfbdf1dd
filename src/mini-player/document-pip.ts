/**
 * Whole-player picture in picture, where the browser has Document Picture-in-Picture (Chromium): the player element
 * itself moves into the PiP window (video, captions, product card and its Buy), so the shopper keeps buying while
 * browsing the shop; a placeholder of its size holds its place in the page. Closing the window brings it back.
 * Constructed style sheets belong to one document: the player's are copied into the PiP window's while it is there
 * (rules written later by the layout owner apply again once it is back), and the originals are restored before it
 * returns. The player's events reach the page's listeners meanwhile (forward-events.ts).
 */
import { forwardPlayerEvents } from './forward-events.js';

interface DocumentPictureInPicture {
  requestWindow(options: { width: number; height: number }): Promise<Window>;
  readonly window: Window | null;
}

export const documentPip = (): DocumentPictureInPicture | null =>
  (window as Window & { documentPictureInPicture?: DocumentPictureInPicture }).documentPictureInPicture ?? null;

function shadowRootsIn(element: Element): ShadowRoot[] {
  const root = element.shadowRoot;
  if (!root) return [...element.children].flatMap(shadowRootsIn);
  return [root, ...[...root.querySelectorAll('*')].flatMap((inner) => (inner.shadowRoot ? shadowRootsIn(inner) : [])), ...[...element.children].flatMap(shadowRootsIn)];
}

/** The player moves without being torn down: it plays on (see ShoplivePlayer.relocating). */
type Relocatable = HTMLElement & { relocating: boolean };

function relocate(host: Relocatable, move: () => void): void {
  host.relocating = true;
  try {
    move();
  } finally {
    host.relocating = false;
  }
}

export class WholePlayerPip {
  private pipWindow: Window | null = null;

  constructor(
    private readonly host: Relocatable,
    private readonly changed: (open: boolean) => void,
  ) {}

  get open(): boolean {
    return !!this.pipWindow;
  }

  /** Opens (or closes) the window; false when the browser has no Document Picture-in-Picture. */
  async toggle(): Promise<boolean> {
    const api = documentPip();
    if (!api) return false;
    if (this.pipWindow) {
      this.pipWindow.close();
      return true;
    }
    const box = this.host.getBoundingClientRect();
    const pip = await api.requestWindow({ width: Math.max(240, Math.round(box.width)), height: Math.max(240, Math.round(box.height)) });
    this.pipWindow = pip;
    const placeholder = document.createElement('div');
    placeholder.setAttribute('aria-hidden', 'true');
    placeholder.style.setProperty('height', `${box.height}px`);
    this.host.before(placeholder);
    const stopForwarding = forwardPlayerEvents(pip, placeholder);
    // Every shadow root inside the player (the cards', the buy buttons'…) and its sheets, as they are in the page.
    const roots = shadowRootsIn(this.host).map((root) => ({ root, originals: [...root.adoptedStyleSheets] }));
    const Sheet = (pip as Window & typeof globalThis).CSSStyleSheet;
    const page = new Sheet();
    page.replaceSync('html, body { margin: 0; height: 100%; background: #000; } body > * { width: 100%; height: 100%; max-height: none; aspect-ratio: auto; }');
    pip.document.adoptedStyleSheets = [page];
    pip.document.documentElement.lang = document.documentElement.lang;
    relocate(this.host, () => pip.document.body.append(this.host));
    const copies = new Map<CSSStyleSheet, CSSStyleSheet>();
    const copyOf = (sheet: CSSStyleSheet) => {
      let copy = copies.get(sheet);
      if (!copy) {
        copies.set(sheet, (copy = new Sheet()));
        copy.replaceSync([...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
      }
      return copy;
    };
    for (const { root, originals } of roots) root.adoptedStyleSheets = originals.map(copyOf);
    pip.addEventListener(
      'pagehide',
      () => {
        stopForwarding();
        for (const { root } of roots) root.adoptedStyleSheets = [];
        relocate(this.host, () => placeholder.replaceWith(this.host));
        for (const { root, originals } of roots) root.adoptedStyleSheets = originals;
        this.pipWindow = null;
        this.changed(false);
      },
      { once: true },
    );
    this.changed(true);
    return true;
  }
}
