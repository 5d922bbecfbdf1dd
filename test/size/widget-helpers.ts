// Helpers for the <shoplive-size-helper> browser tests. They return strings and booleans, never elements, to chai.
import '../../src/size/widget/size-helper.js';
import { recommendSize, type Recommendation } from '../../src/size/index.js';
import type { ShopliveSizeHelper } from '../../src/size/widget/size-helper.js';
import { cleanup, mount, waitFor } from '../support/dom.js';
import { loadJson } from './support.js';

export type Helper = ShopliveSizeHelper;

/** The demo's CN women's dress chart (XS–XL, chest/waist/hip, height/weight table, model reference). */
export const demoChart = () => loadJson<Record<string, unknown>>('../../demo/size-chart.json');

/** Where the helper remembers a profile (only when the shopper ticks "Remember me"). */
export const STORAGE_KEY = 'shoplive:size-profile';

/**
 * Each test of the calling suite starts with nothing remembered on an en-US page (US units and sizes), and leaves
 * nothing behind: mounted elements, the stored profile and the page language are reset afterwards.
 */
export function freshPagePerTest(): void {
  beforeEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    document.documentElement.lang = 'en-US';
  });
  afterEach(() => {
    cleanup();
    localStorage.removeItem(STORAGE_KEY);
    document.documentElement.lang = 'en';
  });
}

/** The engine's own answer for a profile, to compare the widget's with. */
export function engine(profile: Parameters<typeof recommendSize>[0], chart: unknown): Recommendation {
  const result = recommendSize(profile, chart);
  if (!result.ok) throw new Error(result.message);
  return result;
}

export function mountHelper(attributes = '', chart?: unknown, parent?: Element): Helper {
  const helper = mount<Helper>(`<shoplive-size-helper ${attributes}></shoplive-size-helper>`, parent);
  if (chart !== undefined) helper.chart = chart;
  return helper;
}

export const root = (helper: Helper): ShadowRoot => helper.shadowRoot!;
export const q = <T extends Element = HTMLElement>(helper: Helper, selector: string): T | null => root(helper).querySelector<T>(selector);
export const text = (helper: Helper, selector: string): string => q(helper, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const attr = (helper: Helper, selector: string, name: string): string | null => q(helper, selector)?.getAttribute(name) ?? null;
export const exists = (helper: Helper, selector: string): boolean => q(helper, selector) !== null;
export const activeId = (helper: Helper): string => (root(helper).activeElement as HTMLElement | null)?.id || root(helper).activeElement?.getAttribute('part') || '';
export const focusInPanel = (helper: Helper): boolean => {
  const active = root(helper).activeElement;
  return active !== null && q(helper, '#panel')!.contains(active);
};

/** Waits until the panel shows its content (form, result, table or message). */
export function settled(helper: Helper, what = 'the panel content'): Promise<string> {
  // In order: the table view also has a message above its table.
  return waitFor(() => ['form', 'result', 'table', 'message'].find((part) => exists(helper, `#panel [part=${part}]`)), what);
}

export async function open(helper: Helper): Promise<string> {
  await helper.updateComplete;
  q<HTMLButtonElement>(helper, '[part=trigger]')!.click();
  return settled(helper);
}

/** Types into inputs the way a shopper does: value, then an input event; focus leaves afterwards (focusout). */
export async function type(helper: Helper, id: string, value: string): Promise<void> {
  const input = q<HTMLInputElement>(helper, `#${id}`);
  if (!input) throw new Error(`no input #${id}`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await helper.updateComplete;
}

export async function blur(helper: Helper): Promise<void> {
  const typed = root(helper).activeElement ?? q<HTMLElement>(helper, '#panel input');
  q<HTMLElement>(helper, '[part=submit-button]')!.focus();
  // A test page without window focus gets no focus events from focus(): send the one the form listens for.
  typed?.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await helper.updateComplete;
}

export async function fill(helper: Helper, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) await type(helper, id, value);
  await blur(helper);
}

export async function choose(helper: Helper, selector: string): Promise<void> {
  q<HTMLInputElement>(helper, selector)!.click();
  await helper.updateComplete;
}

export async function select(helper: Helper, id: string, value: string): Promise<void> {
  const element = q<HTMLSelectElement>(helper, `#${id}`)!;
  element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
  await helper.updateComplete;
}

export async function submit(helper: Helper): Promise<void> {
  q<HTMLButtonElement>(helper, '[part=submit-button]')!.click();
  await helper.updateComplete;
}

/** Fills the form, submits it and waits for the answer. */
export async function sized(helper: Helper, entries: Record<string, string>): Promise<void> {
  await fill(helper, entries);
  await submit(helper);
  await waitFor(() => exists(helper, '[part=result]'), 'the result');
}

export const values = (helper: Helper, ...ids: string[]): string[] => ids.map((id) => q<HTMLInputElement>(helper, `#${id}`)?.value ?? '<missing>');

export function box(element: Element): { left: number; right: number; top: number; bottom: number; width: number; height: number } {
  const { left, right, top, bottom, width, height } = element.getBoundingClientRect();
  return { left, right, top, bottom, width, height };
}
