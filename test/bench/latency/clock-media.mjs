// The clock ladder: a 20 s loop whose every frame carries its own number as a row of black/white blocks, cut into
// 0.5 s parts (a keyframe on each) so the live server can serve it as 2 s segments or as LL-HLS parts.
//
//   node test/bench/latency/clock-media.mjs OUT_DIR [--renditions c720p,c360p,c180p]
//
// The code (read back by clock-reader.js): 20 blocks of 64x64 px along the top of the 1280x720 picture, before any
// scaling (16x16 px at 180p). Block i < 10 is white when bit i of the frame number n (0..479 in the loop) is set,
// block 10 + i is its inverse, so a reader can tell a clean read from a smeared one. Frame n of segment file k is
// frame n - 48k of that segment: the live server "records" it at epoch + seq*2000 + (n mod 48)*1000/24 ms.
// 0.5 s parts: on a 300 ms link a part is fetched in one round trip plus its bytes, which must take less than the
// part lasts (0.4 s parts left 360p with no slack and the player fell behind).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync, renameSync, mkdtempSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLOCK = { fps: 24, segmentS: 2, partS: 0.5, segments: 10, bits: 10, block: 64, baseWidth: 1280 };
const RENDITIONS = {
  c720p: { width: 1280, height: 720, videoK: 1500, audioK: 96 },
  c360p: { width: 640, height: 360, videoK: 600, audioK: 96 },
  c180p: { width: 320, height: 180, videoK: 200, audioK: 64 },
};
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

export function hasFfmpeg() {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function codeFilters() {
  const { bits, block } = CLOCK;
  const boxes = [`drawbox=x=0:y=0:w=${block * bits * 2}:h=${block}:c=black:t=fill`];
  for (let i = 0; i < bits; i++) {
    const bit = `mod(floor(n/${2 ** i})\\,2)`;
    boxes.push(`drawbox=x=${block * i}:y=0:w=${block}:h=${block}:c=white:t=fill:enable='${bit}'`);
    boxes.push(`drawbox=x=${block * (bits + i)}:y=0:w=${block}:h=${block}:c=white:t=fill:enable='1-${bit}'`);
  }
  return boxes.join(',');
}

function graph(names) {
  const { fps, segmentS, segments } = CLOCK;
  const dur = segmentS * segments;
  const text = existsSync(FONT)
    ? `,drawtext=fontfile=${FONT}:text='clock %{eif\\:n\\:d\\:3}  seg %{eif\\:floor(t/${segmentS})\\:d}':fontsize=56:fontcolor=white:box=1:boxcolor=black@0.6:x=(w-tw)/2:y=h-120`
    : '';
  const lines = [
    `testsrc2=s=1280x720:r=${fps}:d=${dur},${codeFilters()}${text},split=${names.length}${names.map((_, i) => `[s${i}]`).join('')};`,
  ];
  names.forEach((name, i) => {
    const r = RENDITIONS[name];
    const scale = r.width === 1280 ? 'null' : `scale=${r.width}:${r.height}:flags=bicubic`;
    lines.push(`[s${i}]${scale},format=yuv420p[v${i}];`);
  });
  // Audio trimmed to whole AAC frames inside the loop (as make-media.sh does) so the wrap has no overlap.
  const samples = (Math.floor((dur * 48000) / 1024) - 1) * 1024;
  lines.push(`sine=f=440:r=48000:d=${dur},atrim=end_sample=${samples},aformat=channel_layouts=stereo,asplit=${names.length}${names.map((_, i) => `[a${i}]`).join('')}`);
  return lines.join('\n');
}

/** avc1.PPCCLL from the stream itself (High = 0x64, no constraint flags with x264's High), then AAC-LC. */
function codecsOf(file) {
  const out = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=profile,level', '-of', 'csv=p=0', file], { encoding: 'utf8' });
  const [profile, level] = out.trim().split('\n')[0].split(',');
  const idc = { High: 0x64, Main: 0x4d, Baseline: 0x42, 'Constrained Baseline': 0x42 }[profile] ?? 0x64;
  const hex = (x) => x.toString(16).padStart(2, '0');
  return `avc1.${hex(idc)}00${hex(Number(level))},mp4a.40.2`;
}

function probeFrames(file) {
  const out = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-count_packets', '-show_entries', 'stream=nb_read_packets', '-of', 'csv=p=0', file], { encoding: 'utf8' });
  return parseInt(out, 10);
}

/** Encodes the ladder into `outDir` (replaced whole) and writes its ladder.json; returns the ladder description. */
export function makeClockMedia(outDir, names = Object.keys(RENDITIONS)) {
  const { fps, segmentS, partS, segments } = CLOCK;
  const partsPerSegment = Math.round(segmentS / partS);
  const framesPerPart = Math.round(partS * fps);
  mkdirSync(dirname(resolve(outDir)), { recursive: true });
  const tmp = mkdtempSync(`${resolve(outDir)}.tmp-`);
  try {
    writeFileSync(join(tmp, 'graph.txt'), graph(names));
    const args = ['-hide_banner', '-loglevel', 'error', '-y', '-fflags', '+bitexact', '-filter_complex_script', join(tmp, 'graph.txt')];
    names.forEach((name, i) => {
      const r = RENDITIONS[name];
      mkdirSync(join(tmp, name));
      args.push(
        '-map', `[v${i}]`, '-map', `[a${i}]`,
        '-c:v', 'libx264', '-preset', 'veryfast', '-profile:v', 'high', '-pix_fmt', 'yuv420p', '-r', String(fps),
        '-b:v', `${r.videoK}k`, '-minrate', `${r.videoK}k`, '-maxrate', `${r.videoK}k`, '-bufsize', `${r.videoK}k`,
        '-g', String(framesPerPart), '-keyint_min', String(framesPerPart), '-sc_threshold', '0', '-bf', '0',
        '-force_key_frames', `expr:gte(t,n_forced*${partS})`, '-x264-params', 'scenecut=0:open-gop=0:nal-hrd=cbr:force-cfr=1',
        '-c:a', 'aac', '-b:a', `${r.audioK}k`, '-ar', '48000', '-ac', '2',
        '-f', 'hls', '-hls_time', String(partS), '-hls_list_size', '0', '-hls_playlist_type', 'vod',
        '-hls_flags', 'independent_segments', '-hls_segment_type', 'mpegts',
        '-hls_segment_options', 'mpegts_flags=+initial_discontinuity',
        '-hls_segment_filename', join(tmp, name, 'part-%03d.ts'), join(tmp, `${name}.m3u8`),
      );
    });
    execFileSync('ffmpeg', args, { stdio: ['ignore', 'inherit', 'inherit'] });
    const renditions = names.map((name) => {
      const r = RENDITIONS[name];
      const files = readdirSync(join(tmp, name)).filter((f) => f.endsWith('.ts')).sort();
      if (files.length !== segments * partsPerSegment) throw new Error(`clock-media: ${name} has ${files.length} parts, expected ${segments * partsPerSegment}`);
      const parts = files.map((file) => {
        const frames = probeFrames(join(tmp, name, file));
        if (frames !== framesPerPart) throw new Error(`clock-media: ${name}/${file} has ${frames} frames, expected ${framesPerPart}`);
        return { file, duration: partS, bytes: statSync(join(tmp, name, file)).size };
      });
      const segs = Array.from({ length: segments }, (_, k) => {
        const mine = parts.slice(k * partsPerSegment, (k + 1) * partsPerSegment);
        return { file: null, duration: segmentS, bytes: mine.reduce((s, p) => s + p.bytes, 0), parts: mine };
      });
      const peak = Math.max(...segs.map((s) => Math.ceil((s.bytes * 8) / segmentS)));
      const total = segs.reduce((s, x) => s + x.bytes, 0);
      return {
        name, width: r.width, height: r.height, frameRate: fps,
        bandwidth: peak, averageBandwidth: Math.ceil((total * 8) / (segmentS * segments)),
        codecs: codecsOf(join(tmp, name, files[0])), segments: segs,
      };
    });
    const ladder = {
      description: 'shoplive clock ladder (frame number burned in as blocks); generated by test/bench/latency/clock-media.mjs',
      frameRate: fps, segmentDuration: segmentS, segmentCount: segments, loopDuration: segmentS * segments,
      partDuration: partS, code: { bits: CLOCK.bits, block: CLOCK.block, baseWidth: CLOCK.baseWidth, fps },
      renditions,
    };
    writeFileSync(join(tmp, 'ladder.json'), `${JSON.stringify(ladder, null, 1)}\n`);
    for (const name of names) rmSync(join(tmp, `${name}.m3u8`), { force: true });
    rmSync(join(tmp, 'graph.txt'));
    rmSync(outDir, { recursive: true, force: true });
    renameSync(tmp, outDir);
    return ladder;
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: node test/bench/latency/clock-media.mjs OUT_DIR [--renditions c720p,c360p,c180p]');
  const at = process.argv.indexOf('--renditions');
  const names = at > 0 ? process.argv[at + 1].split(',') : undefined;
  for (const n of names ?? []) if (!RENDITIONS[n]) throw new Error(`unknown rendition ${n} (${Object.keys(RENDITIONS)})`);
  const t = Date.now();
  const ladder = makeClockMedia(out, names);
  console.log(`clock-media: ${ladder.renditions.map((r) => `${r.name} ${Math.round(r.averageBandwidth / 1000)} kb/s`).join(', ')} in ${out} (${Date.now() - t} ms)`);
}
