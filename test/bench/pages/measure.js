// Shared first-frame probe, inlined (as a classic script in <head>) into every benchmark page by test/bench/snapshot.mjs,
// so it costs no request and runs before any player code. It finds the page's <video> — in the document, or inside
// <shoplive-player>'s shadow root once the element is defined — and records performance.now() (ms since navigation
// start) in the first requestVideoFrameCallback, i.e. when the first decoded frame is presented.
(() => {
  const bench = (window.__bench = { frame: null, event: null, video: null, errors: [], media: [], longTasks: [] });
  const MEDIA_EVENTS = ['loadstart', 'loadedmetadata', 'loadeddata', 'canplay', 'play', 'playing', 'waiting'];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the timeline just lacks them
  }
  const watched = new WeakSet();
  const watch = (video, where) => {
    if (!video || watched.has(video)) return;
    watched.add(video);
    bench.video = where;
    for (const type of MEDIA_EVENTS) {
      video.addEventListener(type, () => bench.media.push([type, Math.round(performance.now())]), { once: true });
    }
    video.requestVideoFrameCallback((now, meta) => {
      bench.frame = { t: performance.now(), rvfcNow: now, mediaTime: meta.mediaTime, width: meta.width, height: meta.height };
      console.debug('__bench_frame');
    });
  };
  const light = new MutationObserver(() => {
    const video = document.querySelector('video');
    if (video) (watch(video, 'document'), light.disconnect());
  });
  light.observe(document, { childList: true, subtree: true });
  customElements.whenDefined('shoplive-player').then(async () => {
    light.disconnect();
    const player = document.querySelector('shoplive-player');
    await player.updateComplete;
    watch(player.shadowRoot && player.shadowRoot.querySelector('video'), 'shadow');
  });
  document.addEventListener('shoplive-first-frame', (e) => {
    bench.event = { t: performance.now(), ttffMs: e.detail.ttffMs, engine: e.detail.engine };
  });
  document.addEventListener('shoplive-error', (e) => bench.errors.push(`shoplive-error ${e.detail.code}: ${e.detail.message}`));
  addEventListener('error', (e) => bench.errors.push(String(e.message)));
})();
