// Seller charts from `chart-src`, fetched once per URL and shared by every helper on the page.
import { readJsonLimited } from '../../internal/read-limited.js';

/** A chart is a few kB; anything past this is not one (and is not parsed). */
export const MAX_CHART_BYTES = 256_000;

const fetchedCharts = new Map<string, Promise<unknown>>();

export function fetchChart(url: string): Promise<unknown> {
  let pending = fetchedCharts.get(url);
  if (!pending) {
    pending = fetch(url, { credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return readJsonLimited(response, MAX_CHART_BYTES);
    });
    pending.catch(() => fetchedCharts.delete(url));
    fetchedCharts.set(url, pending);
  }
  return pending;
}
