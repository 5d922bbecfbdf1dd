import { en, type Catalog, type MessageKey } from './en.js';

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; unknown placeholders stay visible rather than vanish silently. */
export function format(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Looks a key up in a catalog, falling back to English. */
export function translate(key: MessageKey, params?: MessageParams, catalog: Catalog = en): string {
  return format(catalog[key] ?? en[key], params);
}
