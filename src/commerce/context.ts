import { closestComposed, inheritedAttribute } from '../internal/composed-ancestors.js';

/**
 * Settings a commerce element inherits from where it sits: `commerce`, `host-origin` and `answer-timeout` may be
 * set on the element itself or on any ancestor (the player, a wrapper, `<html>`), crossing shadow roots, like `lang`.
 */
export type CommerceMode = 'events' | 'shopify';

/** `shopify`: the Ajax Cart API is the default answer. Anything else: events only (the storefront answers). */
export function commerceMode(element: Element): CommerceMode {
  return inheritedAttribute(element, 'commerce')?.trim().toLowerCase() === 'shopify' ? 'shopify' : 'events';
}

export const DEFAULT_ANSWER_TIMEOUT_MS = 8000;

/** Milliseconds to wait for a storefront's answer: `answer-timeout`, else 8000. */
export function answerTimeout(element: Element): number {
  const raw = Number(inheritedAttribute(element, 'answer-timeout'));
  return Number.isFinite(raw) && raw > 0 ? Math.min(raw, 120_000) : DEFAULT_ANSWER_TIMEOUT_MS;
}

/** The element an id attribute (`player`, `for`) names: in the element's own tree first, else in the document. */
export function elementById(element: Element, id: string): HTMLElement | null {
  const root = element.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? document.getElementById(id);
}

interface PlayerLike extends HTMLElement {
  engine?: string | null;
  currentTime?: number;
}

/** The player an element belongs to: its `player` attribute (an id), else the nearest `<shoplive-player>` ancestor. */
export function playerOf(element: Element): PlayerLike | null {
  const id = element.getAttribute('player');
  if (id) {
    const found = elementById(element, id);
    return found?.localName === 'shoplive-player' ? (found as PlayerLike) : null;
  }
  return closestComposed(element, (each) => each !== element && each.localName === 'shoplive-player') as PlayerLike | null;
}

/** Where in the stream the shopper is: the player's media time and engine, for attribution. */
export function streamContext(element: Element): { streamTime: number | null; engine: string | null } {
  const player = playerOf(element);
  if (!player) return { streamTime: null, engine: null };
  // The player's public, read-only `currentTime`: its shadow DOM is its own (a player not yet upgraded has none).
  const time = player.currentTime;
  return {
    streamTime: typeof time === 'number' && Number.isFinite(time) ? Math.round(time * 1000) / 1000 : null,
    engine: typeof player.engine === 'string' ? player.engine : null,
  };
}
