/**
 * Hears the theme's own variant picker, so a buy button for the same product can follow it:
 * - Dawn and its family: the product form's hidden `input[name="id"]` in a `/cart/add` form gets the picked variant's
 *   id and a bubbling `change` event.
 * - Horizon and its family: `<variant-picker>` dispatches the standard `shopify:product:select`, whose own `detail`
 *   names the `variantId` (and whose `promise` resolves to `{ variant: { id } }`).
 * Returns the way to stop listening.
 */
export function watchThemeVariantPicks(onPick: (variantId: string) => void): () => void {
  const pick = (value: unknown) => {
    const id = typeof value === 'string' || typeof value === 'number' ? String(value).replace(/^gid:\/\/shopify\/ProductVariant\//, '') : '';
    if (/^\d{1,30}$/.test(id)) onPick(id);
  };
  const onChange = (event: Event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.name === 'id' && input.form && /\/cart\/add/.test(input.form.getAttribute('action') ?? '')) pick(input.value);
  };
  const onSelect = (event: Event) => {
    const select = event as Event & { detail?: { variantId?: unknown }; promise?: Promise<{ variant?: { id?: unknown } } | null> };
    if (select.detail?.variantId) return pick(select.detail.variantId);
    void select.promise?.then((result) => pick(result?.variant?.id)).catch(() => undefined);
  };
  document.addEventListener('change', onChange);
  document.addEventListener('shopify:product:select', onSelect);
  return () => {
    document.removeEventListener('change', onChange);
    document.removeEventListener('shopify:product:select', onSelect);
  };
}
