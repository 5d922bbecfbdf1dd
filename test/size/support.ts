// Shared helpers for the size engine tests: fixtures are fetched from the test server (no JSON imports in the
// browser runner).
export async function loadJson<T = unknown>(relative: string): Promise<T> {
  const response = await fetch(new URL(relative, import.meta.url));
  if (!response.ok) throw new Error(`${relative}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export function loadChart(name: string): Promise<unknown> {
  return loadJson(`./charts/${name}.json`);
}
