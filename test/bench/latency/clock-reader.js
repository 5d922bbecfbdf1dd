// Reads the clock burned into the clock ladder (clock-media.mjs) from the frames a <video> presents: in each
// requestVideoFrameCallback the presented frame is drawn to a canvas and its row of blocks decoded. No player is
// asked anything. Plain browser module: the latency benchmark's pages and the browser tests import it.
//
//   const reader = watchClock(video);   reader.samples: [{ n, presentedMs, mediaTime }]; reader.stop()
// `n` is the frame number in the 20 s loop (0..479, 24 fps), `presentedMs` the wall-clock time (ms since the epoch) the frame
// was shown; null `n` when the row could not be read cleanly (a block equal to its inverse).
export const CODE = { bits: 10, block: 64, baseWidth: 1280, fps: 24 };

/** Decodes the code of the frame the video shows now, or null. */
export function readCode(video, canvas = document.createElement('canvas')) {
  const width = video.videoWidth;
  if (!width) return null;
  const scale = width / CODE.baseWidth;
  const block = CODE.block * scale;
  const height = Math.ceil(block);
  if (canvas.width !== width || canvas.height !== height) Object.assign(canvas, { width, height });
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.drawImage(video, 0, 0, width, height, 0, 0, width, height);
  const { data } = context.getImageData(0, 0, width, height);
  // Mean luma of the middle half of block i: robust to scaling blur and compression at the block's edges.
  const luma = (i) => {
    let sum = 0;
    let count = 0;
    for (let y = Math.floor(block / 4); y < Math.ceil((3 * block) / 4); y++) {
      for (let x = Math.floor(i * block + block / 4); x < Math.ceil(i * block + (3 * block) / 4); x++) {
        const at = (y * width + x) * 4;
        sum += 0.299 * data[at] + 0.587 * data[at + 1] + 0.114 * data[at + 2];
        count++;
      }
    }
    return sum / count;
  };
  let n = 0;
  for (let i = 0; i < CODE.bits; i++) {
    const bit = luma(i) > 128;
    if (bit === luma(CODE.bits + i) > 128) return null;
    if (bit) n |= 1 << i;
  }
  return n;
}

/** Reads every presented frame until stop(). */
export function watchClock(video) {
  const canvas = document.createElement('canvas');
  const samples = [];
  let handle = 0;
  let stopped = false;
  const onFrame = (_now, meta) => {
    if (stopped) return;
    // expectedDisplayTime: when the compositor puts this frame on the glass (performance.now() time base).
    samples.push({ n: readCode(video, canvas), presentedMs: performance.timeOrigin + meta.expectedDisplayTime, mediaTime: meta.mediaTime });
    handle = video.requestVideoFrameCallback(onFrame);
  };
  handle = video.requestVideoFrameCallback(onFrame);
  return {
    samples,
    stop() {
      stopped = true;
      video.cancelVideoFrameCallback(handle);
    },
  };
}

/**
 * Glass-to-glass latency of a sample, in ms: from the frame's capture (the server's epoch + its position in the
 * loop; frame n of the loop is "recorded" n / 24 s into each 20 s) to its presentation. Unambiguous below 20 s.
 */
export function latencyMs(sample, epochMs, { loopMs = 20_000, frameMs = 1000 / CODE.fps } = {}) {
  if (sample.n === null) return null;
  const late = (sample.presentedMs - epochMs - sample.n * frameMs) % loopMs;
  return late < 0 ? late + loopMs : late;
}
