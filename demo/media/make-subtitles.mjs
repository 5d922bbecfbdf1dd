#!/usr/bin/env node
// make-subtitles.mjs — segmented WebVTT for the shoplive test loop (plain Node >= 20,
// no ffmpeg, no dependencies).
//
//   node demo/media/make-subtitles.mjs           write demo/media/subtitles/{lang}/seg-000.vtt … seg-009.vtt
//   node demo/media/make-subtitles.mjs --check   exit 1 if the files on disk differ from what would be written
//
// Input:  demo/media/subtitles/script.json  (cues in loop seconds, text per language)
//         demo/media/ladder/ladder.json     (segment count/duration and each segment's start PTS)
// Output: one WebVTT file per language and media segment. File i covers loop time
//         [2i, 2i+2) s and holds every cue overlapping it (start < 2i+2 && end > 2i), so a
//         cue that crosses a segment boundary is repeated, unchanged, in each segment it
//         touches (players de-duplicate by start/end/text). Header of file i:
//
//             WEBVTT
//             X-TIMESTAMP-MAP=MPEGTS:<round(startPts_i * 90000)>,LOCAL:<2i s as HH:MM:SS.mmm>
//             <blank line>
//
//         then "HH:MM:SS.mmm --> HH:MM:SS.mmm", the text (1–2 lines, &<> escaped) and a blank
//         line per cue. No cue identifiers: the loop repeats every 20 s, so ids would repeat.
//
//         Cue times stay in the loop's local timeline (0–20 s). A cue at local time t is
//         therefore at MPEG-TS time startPts_i + (t - 2i) = 1.48 + t s for this ladder
//         (startPts_i = 1.48 + 2i); the script checks that startPts is linear like that
//         and identical in every rendition, otherwise repeated cues would land at
//         different times in different segments.
// Idempotent: only files whose content changed are rewritten; stale seg-*.vtt are removed.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const SUBTITLES_DIR = resolve(HERE, 'subtitles');
export const LADDER_JSON = resolve(HERE, 'ladder/ladder.json');
const MPEGTS_HZ = 90000;

/** Seconds -> "HH:MM:SS.mmm" (WebVTT timestamp, hours always present). */
export function vttTime(seconds) {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** Cue payload escaping: &, <, > are markup in WebVTT. */
export const escapeCueText = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Segment timeline from the raw ladder.json: [{ index, start, end, startPts, mpegts }].
 * Throws unless every rendition has the same startPts per segment and
 * startPts_i = startPts_0 + i * segmentDuration (1 µs tolerance).
 */
export function segmentTimeline(ladderJson) {
  const { segmentCount: n, segmentDuration: d, renditions } = ladderJson;
  const ref = renditions[0].segments.map((s) => s.startPts);
  if (ref.length !== n || ref.some((p) => typeof p !== 'number')) {
    throw new Error('ladder.json: every segment needs a numeric startPts (rebuild with make-media.sh)');
  }
  for (const r of renditions) {
    r.segments.forEach((s, i) => {
      if (Math.abs(s.startPts - ref[i]) > 1e-6) {
        throw new Error(`ladder.json: ${r.name} seg ${i} startPts ${s.startPts} != ${renditions[0].name} ${ref[i]}`);
      }
    });
  }
  return ref.map((startPts, i) => {
    if (Math.abs(startPts - (ref[0] + i * d)) > 1e-6) {
      throw new Error(`ladder.json: seg ${i} startPts ${startPts} is not ${ref[0]} + ${i} * ${d}`);
    }
    return { index: i, start: i * d, end: (i + 1) * d, startPts, mpegts: Math.round(startPts * MPEGTS_HZ) };
  });
}

/** Validate script.json against the loop; returns a list of warnings, throws on errors. */
export function validateScript(script, loopDuration) {
  const warnings = [];
  const fail = (msg) => { throw new Error(`script.json: ${msg}`); };
  if (script.loopDuration !== loopDuration) fail(`loopDuration ${script.loopDuration} != ladder ${loopDuration}`);
  const codes = script.languages.map((l) => l.code);
  if (new Set(codes).size !== codes.length) fail('duplicate language code');
  if (codes.some((c) => !/^[a-z]{2,3}$/.test(c))) fail('language codes must be 2–3 lower-case letters (used as folder names)');
  if (script.languages.filter((l) => l.default).length !== 1) fail('exactly one language needs "default": true');
  let prevStart = -1;
  script.cues.forEach((c, i) => {
    const at = `cue ${i + 1} (${c.start}–${c.end})`;
    if (!(c.start >= 0 && c.end > c.start && c.end <= loopDuration)) fail(`${at}: times outside 0–${loopDuration}`);
    if (c.start < prevStart) fail(`${at}: cues must be sorted by start`);
    prevStart = c.start;
    const len = c.end - c.start;
    if (len < 2 || len > 4) warnings.push(`${at} lasts ${len.toFixed(1)} s (aim for 2–4 s)`);
    for (const code of codes) {
      const t = c.text[code];
      if (typeof t !== 'string' || !t.trim()) fail(`${at}: no "${code}" text`);
      if (t.includes('-->') || /\n\s*\n/.test(t) || t.includes('\r')) fail(`${at} ${code}: text may not contain "-->", blank lines or CR`);
    }
  });
  return warnings;
}

/**
 * Build every file: Map "<lang>/seg-000.vtt" -> content.
 * @param {object} script     parsed script.json
 * @param {object} ladderJson parsed ladder.json
 */
export function buildSubtitleFiles(script, ladderJson) {
  const loop = ladderJson.segmentCount * ladderJson.segmentDuration;
  validateScript(script, loop);
  const timeline = segmentTimeline(ladderJson);
  const files = new Map();
  for (const { code } of script.languages) {
    for (const seg of timeline) {
      // every block (header, cues) ends with a blank line, so even a reader that
      // concatenates the segments (ffmpeg's hls+webvtt demuxers) sees separate blocks
      let text = `WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:${seg.mpegts},LOCAL:${vttTime(seg.start)}\n\n`;
      for (const c of script.cues) {
        if (!(c.start < seg.end && c.end > seg.start)) continue;
        text += `${vttTime(c.start)} --> ${vttTime(c.end)}\n${escapeCueText(c.text[code])}\n\n`;
      }
      files.set(`${code}/seg-${String(seg.index).padStart(3, '0')}.vtt`, text);
    }
  }
  return files;
}

export function loadInputs(subtitlesDir = SUBTITLES_DIR, ladderJsonPath = LADDER_JSON) {
  return {
    script: JSON.parse(readFileSync(join(subtitlesDir, 'script.json'), 'utf8')),
    ladderJson: JSON.parse(readFileSync(ladderJsonPath, 'utf8')),
  };
}

function main() {
  const check = process.argv.includes('--check');
  const { script, ladderJson } = loadInputs();
  for (const w of validateScript(script, ladderJson.segmentCount * ladderJson.segmentDuration)) {
    console.warn(`make-subtitles: warning: ${w}`);
  }
  const files = buildSubtitleFiles(script, ladderJson);
  const wanted = new Set(files.keys());
  const stale = [];
  for (const { code } of script.languages) {
    const dir = join(SUBTITLES_DIR, code);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (/^seg-\d+\.vtt$/.test(f) && !wanted.has(`${code}/${f}`)) stale.push(`${code}/${f}`);
  }
  const changed = [...files].filter(([rel, text]) => {
    const path = join(SUBTITLES_DIR, rel);
    return !existsSync(path) || readFileSync(path, 'utf8') !== text;
  });
  if (check) {
    if (changed.length || stale.length) {
      console.error(`make-subtitles: out of date: ${[...changed.map(([r]) => r), ...stale].join(' ')}`);
      process.exit(1);
    }
    console.log(`make-subtitles: ${files.size} files up to date`);
    return;
  }
  for (const [rel, text] of changed) {
    mkdirSync(dirname(join(SUBTITLES_DIR, rel)), { recursive: true });
    writeFileSync(join(SUBTITLES_DIR, rel), text);
  }
  for (const rel of stale) rmSync(join(SUBTITLES_DIR, rel));
  const seg0 = segmentTimeline(ladderJson)[0];
  console.log(`make-subtitles: ${script.languages.length} languages x ${ladderJson.segmentCount} segments, ` +
    `${changed.length} written, ${stale.length} removed; local t -> PTS ${seg0.startPts} + t s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
