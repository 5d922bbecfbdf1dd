import type { MessageKey } from './en.js';
import type { Strings } from './namespace.js';

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; unknown placeholders stay visible rather than vanish silently. */
export function format(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Looks a key up in a locale's strings, then in English; an unknown key shows itself, so gaps are visible. */
export function translate(key: MessageKey, params: MessageParams | undefined, strings: Strings, english: Strings): string {
  return format(strings[key] ?? english[key] ?? key, params);
}
