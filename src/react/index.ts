/**
 * `shoplive/react`: React components for every shoplive element, made with `@lit/react`. Properties (`products`,
 * `sizeChart`, …) are set as properties, not attributes, and each `shoplive-*` event the element emits is an
 * `onShopliveXxx` prop with its detail typed. Server rendering (`react-dom/server`) outputs the tags; the elements
 * upgrade in the browser.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ShoplivePlayer } from '../player/index.js';
import { ShopliveBuyButton, ShopliveProductCards } from '../commerce/index.js';
import { ShopliveSizeHelper } from '../size/widget/size-helper.js';
import { ShopliveFitCheck } from '../returns/index.js';
import { ShopliveProductDetails } from '../details/index.js';
import { ShopliveAssistant } from '../assistant/widget/shoplive-assistant.js';
import { ShopliveSchedule } from '../schedule/schedule.js';
import { TAGS } from '../internal/constants.js';
import { EVENTS, type ShopliveEventMap } from '../internal/events.js';

// `EventName` is a branded string: the brand only carries the event type (from the one event contract) for the props.
const event = <K extends keyof ShopliveEventMap>(name: K) => name as string as EventName<ShopliveEventMap[K]>;

const errorEvent = { onShopliveError: event(EVENTS.error) };
const sizeRecommended = { onShopliveSizeRecommended: event(EVENTS.sizeRecommended) };

export const ShoplivePlayerReact = createComponent({
  react: React,
  tagName: TAGS.player,
  elementClass: ShoplivePlayer,
  displayName: 'ShoplivePlayer',
  events: {
    onShopliveReady: event(EVENTS.ready),
    onShopliveFirstFrame: event(EVENTS.firstFrame),
    onShopliveStall: event(EVENTS.stall),
    onShopliveQualityChange: event(EVENTS.qualityChange),
    onShopliveEngineChange: event(EVENTS.engineChange),
    onShopliveNetworkQuality: event(EVENTS.networkQuality),
    onShoplivePublisher: event(EVENTS.publisher),
    onShopliveQoe: event(EVENTS.qoe),
    onShopliveMiniPlayer: event(EVENTS.miniPlayer),
    // Commerce inside the player (products overlay) bubbles out through it.
    onShopliveAddToCart: event(EVENTS.addToCart),
    onShopliveProductView: event(EVENTS.productView),
    onShopliveProductClick: event(EVENTS.productClick),
    onShopliveCheckout: event(EVENTS.checkout),
    ...errorEvent,
  },
});

export const ShopliveBuyButtonReact = createComponent({
  react: React,
  tagName: TAGS.buyButton,
  elementClass: ShopliveBuyButton,
  displayName: 'ShopliveBuyButton',
  events: {
    onShopliveAddToCart: event(EVENTS.addToCart),
    onShopliveSizeRequest: event(EVENTS.sizeRequest),
    ...sizeRecommended,
    ...errorEvent,
  },
});

export const ShopliveProductCardsReact = createComponent({
  react: React,
  tagName: TAGS.productCards,
  elementClass: ShopliveProductCards,
  displayName: 'ShopliveProductCards',
  events: {
    onShopliveAddToCart: event(EVENTS.addToCart),
    onShopliveProductView: event(EVENTS.productView),
    onShopliveProductClick: event(EVENTS.productClick),
    onShopliveCheckout: event(EVENTS.checkout),
    onShopliveSizeRequest: event(EVENTS.sizeRequest),
    ...errorEvent,
  },
});

export const ShopliveSizeHelperReact = createComponent({
  react: React,
  tagName: TAGS.sizeHelper,
  elementClass: ShopliveSizeHelper,
  displayName: 'ShopliveSizeHelper',
  events: { ...sizeRecommended, ...errorEvent },
});

export const ShopliveFitCheckReact = createComponent({
  react: React,
  tagName: TAGS.fitCheck,
  elementClass: ShopliveFitCheck,
  displayName: 'ShopliveFitCheck',
  events: {
    onShopliveFeedback: event(EVENTS.feedback),
    onShopliveFixChosen: event(EVENTS.fixChosen),
    ...errorEvent,
  },
});

export const ShopliveProductDetailsReact = createComponent({
  react: React,
  tagName: TAGS.productDetails,
  elementClass: ShopliveProductDetails,
  displayName: 'ShopliveProductDetails',
  events: { ...errorEvent },
});

export const ShopliveAssistantReact = createComponent({
  react: React,
  tagName: TAGS.assistant,
  elementClass: ShopliveAssistant,
  displayName: 'ShopliveAssistant',
  events: { onShopliveQuestion: event(EVENTS.question), ...errorEvent },
});

export const ShopliveScheduleReact = createComponent({
  react: React,
  tagName: TAGS.schedule,
  elementClass: ShopliveSchedule,
  displayName: 'ShopliveSchedule',
  events: { onShopliveRemindMe: event(EVENTS.remindMe), onShopliveShowLive: event(EVENTS.showLive), ...errorEvent },
});

// Short names for JSX: <ShoplivePlayer src=… onShopliveFirstFrame={…} />.
export {
  ShoplivePlayerReact as ShoplivePlayer,
  ShopliveBuyButtonReact as ShopliveBuyButton,
  ShopliveProductCardsReact as ShopliveProductCards,
  ShopliveSizeHelperReact as ShopliveSizeHelper,
  ShopliveFitCheckReact as ShopliveFitCheck,
  ShopliveProductDetailsReact as ShopliveProductDetails,
  ShopliveAssistantReact as ShopliveAssistant,
  ShopliveScheduleReact as ShopliveSchedule,
};
