// Playback recorder for the weak-network benchmark (weak.mjs), added to every page before its own scripts. It finds
// the page's <video> (in the document, or in <shoplive-player>'s shadow root) and records, in ms since navigation
// start: the first frame, every waiting/playing/seeking event with currentTime, every change of videoHeight (the
// rendition on screen), and a sample of currentTime every 250 ms. weak.mjs turns these into rebuffers and renditions.
(() => {
  const log = (window.__weak = { first: null, events: [], heights: [], samples: [] });
  const now = () => Math.round(performance.now());
  let video = null;
  const attach = (v) => {
    video = v;
    for (const type of ['waiting', 'playing', 'seeking', 'seeked', 'stalled']) {
      v.addEventListener(type, () => log.events.push([type, now(), v.currentTime]));
    }
    let height = 0;
    const onSize = () => {
      if (v.videoHeight && v.videoHeight !== height) log.heights.push([now(), (height = v.videoHeight)]);
    };
    v.addEventListener('resize', onSize);
    v.addEventListener('loadedmetadata', onSize);
    v.requestVideoFrameCallback(() => {
      log.first = now();
      onSize();
    });
    // The fifth column is the buffer ahead of the playhead (s), what a drop in throughput eats into.
    const ahead = () => {
      for (let i = 0; i < v.buffered.length; i++) {
        if (v.buffered.start(i) <= v.currentTime + 0.1 && v.currentTime < v.buffered.end(i)) return +(v.buffered.end(i) - v.currentTime).toFixed(2);
      }
      return 0;
    };
    setInterval(() => log.samples.push([now(), v.currentTime, v.readyState, v.paused ? 1 : 0, ahead()]), 250);
  };
  // Every segment and playlist the page fetched, whichever player asked: [start, end, path] (ms, media files only).
  log.loads = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (/\.(ts|m4s|mp4|m3u8)(\?|$)/.test(entry.name)) log.loads.push([Math.round(entry.startTime), Math.round(entry.responseEnd), new URL(entry.name).pathname]);
    }
  }).observe({ type: 'resource', buffered: true });
  const find = () => document.querySelector('video') ?? document.querySelector('shoplive-player')?.shadowRoot?.querySelector('video');
  const poll = setInterval(() => {
    const v = find();
    if (v && !video) (attach(v), clearInterval(poll));
  }, 20);
})();
