import type { FeedbackReason } from './reasons.js';

/** A size the product comes in, in the shop's order, and whether it can be bought. */
export interface SizeOption {
  readonly label: string;
  readonly available: boolean;
}

/** Size probabilities from the size engine for this shopper (label → 0..1), when a profile is remembered. */
export type SizeBelief = ReadonlyMap<string, number>;

/** What the check offers before the return path, most helpful first. */
export type Fix =
  | { readonly type: 'exchange'; readonly size: string; /** 0..1, present when the size engine knew the shopper. */ readonly probability?: number }
  | { readonly type: 'tip'; readonly kind: 'care' | 'setup' }
  | { readonly type: 'contact' }
  | { readonly type: 'return' };

export interface FixContext {
  readonly sizes: readonly SizeOption[];
  readonly purchasedSize: string | null;
  readonly belief?: SizeBelief;
  readonly hasCareTip: boolean;
  readonly hasSetupTip: boolean;
  readonly hasContact: boolean;
  readonly hasReturn: boolean;
}

/**
 * The exchange for a size problem: among the sizes on the other side of the one bought, the engine's most likely
 * (its probability renormalised over those sizes: the shopper has just told us the bought one, and all below it, are
 * wrong), else simply the next available size in that direction.
 */
export function exchangeSize(reason: 'too-small' | 'too-large', context: FixContext): { size: string; probability?: number } | null {
  const index = context.sizes.findIndex((size) => size.label === context.purchasedSize);
  if (index < 0) return null;
  const candidates = reason === 'too-small' ? context.sizes.slice(index + 1) : context.sizes.slice(0, index).reverse();
  const open = candidates.filter((size) => size.available);
  if (!open.length) return null;
  const belief = context.belief;
  const mass = belief ? candidates.reduce((sum, size) => sum + (belief.get(size.label) ?? 0), 0) : 0;
  if (!belief || mass <= 0.01) return { size: open[0]!.label };
  let best = open[0]!;
  for (const size of open) if ((belief.get(size.label) ?? 0) > (belief.get(best.label) ?? 0)) best = size;
  return { size: best.label, probability: (belief.get(best.label) ?? 0) / mass };
}

/** The fixes worth offering for a reason, before the return path (which comes last when the host gave one). */
export function fixesFor(reason: FeedbackReason, context: FixContext): Fix[] {
  if (reason === 'as-expected') return [];
  const fixes: Fix[] = [];
  if (reason === 'too-small' || reason === 'too-large') {
    const exchange = exchangeSize(reason, context);
    if (exchange) fixes.push({ type: 'exchange', ...exchange });
  }
  if (reason === 'not-working' && context.hasSetupTip) fixes.push({ type: 'tip', kind: 'setup' });
  if ((reason === 'feel-not-as-expected' || reason === 'not-as-described') && context.hasCareTip) fixes.push({ type: 'tip', kind: 'care' });
  if (context.hasContact) fixes.push({ type: 'contact' });
  if (context.hasReturn) fixes.push({ type: 'return' });
  return fixes;
}
