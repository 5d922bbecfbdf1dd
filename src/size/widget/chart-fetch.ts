// Seller charts from `chart-src`, fetched once per URL and shared by every helper on the page.

const fetchedCharts = new Map<string, Promise<unknown>>();

export function fetchChart(url: string): Promise<unknown> {
  let pending = fetchedCharts.get(url);
  if (!pending) {
    pending = fetch(url, { credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    pending.catch(() => fetchedCharts.delete(url));
    fetchedCharts.set(url, pending);
  }
  return pending;
}
