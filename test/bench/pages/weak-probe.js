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
    setInterval(() => log.samples.push([now(), v.currentTime, v.readyState, v.paused ? 1 : 0]), 250);
  };
  const find = () => document.querySelector('video') ?? document.querySelector('shoplive-player')?.shadowRoot?.querySelector('video');
  const poll = setInterval(() => {
    const v = find();
    if (v && !video) (attach(v), clearInterval(poll));
  }, 20);
})();
