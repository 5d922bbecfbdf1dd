import type { TemplateResult } from 'lit';

/** The product a card's "Ask" is about, and where its question box is drawn. */
export interface AskSubject {
  productId: string;
  /** The show whose product store holds it (the player). */
  show: object;
  /** The shopper's language tag (`en-GB`: units follow the region). */
  lang: string;
}

/**
 * What a player's assistant feature offers its product cards. Its presence is the state that comes down (the cards
 * draw "Ask" only with one); pressing "Ask" is the request that goes up, and the assistant answers with the question
 * box drawn in the card's sheet. The cards import nothing of the assistant: its code stays in its own chunk, and
 * without an asker (`no-assistant`, cards outside a player) there is no "Ask" and none of it loads.
 */
export interface CardAsker {
  panel(subject: AskSubject): TemplateResult;
}
