// Which objects a long-playing page accumulates: two heap snapshots of the strict-CSP demo (after a forced GC), A
// minutes and B minutes into playback, aggregated by constructor; prints the 40 biggest growers. See docs/reliability.md.
//
//   node test/soak/heap-diff.mjs [A=2] [B=8]        (serves dist/ as it is: build first)
import { chromium } from 'playwright-core';
import { demoRoots } from '../../demo/server/demo-roots.mjs';
import { startLiveServer } from '../../demo/server/live-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

const [A_MIN, B_MIN] = [Number(process.argv[2] ?? 2), Number(process.argv[3] ?? 8)];
if (!(A_MIN >= 0 && B_MIN > A_MIN)) throw new Error('usage: heap-diff.mjs A B (minutes, A < B)');

const server = await startLiveServer({ staticRoots: demoRoots() });
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(`${server.url}/strict/`);
const t0 = Date.now();

/** Map "type name" -> { count, size } of one snapshot. */
async function snapshot(label) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const heap = JSON.parse(chunks.join(''));
  const fields = heap.snapshot.meta.node_fields.length;
  const types = heap.snapshot.meta.node_types[0];
  const byName = new Map();
  for (let i = 0; i < heap.nodes.length; i += fields) {
    const type = types[heap.nodes[i]];
    let name = heap.strings[heap.nodes[i + 1]];
    if (/string/.test(type)) name = '(string)';
    if (type === 'number') name = '(number)';
    const key = `${type} ${name.slice(0, 80)}`;
    const entry = byName.get(key) ?? { count: 0, size: 0 };
    entry.count += 1;
    entry.size += heap.nodes[i + 3];
    byName.set(key, entry);
  }
  console.log(`snapshot ${label} at ${Math.round((Date.now() - t0) / 1000)} s: ${heap.nodes.length / fields} nodes`);
  return byName;
}

try {
  await page.waitForTimeout(A_MIN * 60_000);
  const a = await snapshot('A');
  await page.waitForTimeout((B_MIN - A_MIN) * 60_000);
  const b = await snapshot('B');
  const growth = [...b]
    .map(([key, { count, size }]) => ({ key, count, dCount: count - (a.get(key)?.count ?? 0), dSize: size - (a.get(key)?.size ?? 0) }))
    .sort((x, y) => y.dSize - x.dSize)
    .slice(0, 40);
  console.log('  +bytes  +count    count  type name');
  for (const row of growth) console.log(`${String(row.dSize).padStart(8)} ${String(row.dCount).padStart(6)} ${String(row.count).padStart(8)}  ${row.key}`);
} finally {
  await browser.close();
  await server.close();
}
