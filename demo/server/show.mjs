// The "show" flavour of the live stream: the same ladder plus WebVTT subtitle
// renditions (demo/media/subtitles, built by demo/media/make-subtitles.mjs) and
// product timed metadata (EXT-X-DATERANGE). Pure builders except loadShow.
//
//   /live/show.m3u8                       master: EXT-X-MEDIA subtitles + variants with SUBTITLES="subs"
//   /live/show/{rendition}/index.m3u8     media playlist + product EXT-X-DATERANGE tags
//   /live/show/{rendition}/{seq}.ts       same bytes as /live/{rendition}/{seq}.ts
//   /live/subs/{lang}/index.m3u8          subtitle playlist, in step with the media playlists
//   /live/subs/{lang}/{seq}.vtt           file seg-(seq mod N).vtt
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileIndex, masterPlaylist, mediaPlaylist } from './playlists.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SUBTITLES_DIR = resolve(HERE, '../media/subtitles');
export const SUBTITLE_GROUP = 'subs';
export const PRODUCT_CLASS = 'com.shoplive.product';
export const GARBAGE_VTT = 'not a vtt file <b>x</b>';

export const vttFileName = (index) => `seg-${String(index).padStart(3, '0')}.vtt`;

/**
 * Read subtitles/script.json and check it against the ladder. Returns
 * { ok: true, dir, languages, products } or { ok: false, reason } (the server then
 * answers the show URLs with 404 + reason instead of failing to start).
 * products: [{ id, startIndex, durationS }] — startIndex = file index of the segment
 * where the presentation starts.
 */
export function loadShow(subtitlesDir, ladder) {
  if (!subtitlesDir) return { ok: false, reason: 'subtitles disabled' };
  const scriptPath = join(subtitlesDir, 'script.json');
  if (!existsSync(scriptPath)) return { ok: false, reason: `no ${scriptPath}` };
  const script = JSON.parse(readFileSync(scriptPath, 'utf8'));
  const loopMs = ladder.segmentCount * ladder.segmentMs;
  if (Math.round(script.loopDuration * 1000) !== loopMs) {
    return { ok: false, reason: `script.json loopDuration ${script.loopDuration} s != ladder loop ${loopMs / 1000} s` };
  }
  for (const l of script.languages) {
    for (let i = 0; i < ladder.segmentCount; i++) {
      const f = join(subtitlesDir, l.code, vttFileName(i));
      if (!existsSync(f)) return { ok: false, reason: `missing ${f} (run node demo/media/make-subtitles.mjs)` };
    }
  }
  const products = (script.products ?? []).map((p) => {
    const startIndex = (p.start * 1000) / ladder.segmentMs;
    if (!Number.isInteger(startIndex) || startIndex < 0 || startIndex >= ladder.segmentCount || !(p.end > p.start)) {
      throw new Error(`script.json: product ${p.id} must start on a segment boundary inside the loop`);
    }
    return { id: p.id, startIndex, durationS: p.end - p.start };
  });
  return {
    ok: true,
    dir: subtitlesDir,
    languages: script.languages.map((l) => ({ code: l.code, language: l.language, name: l.name, default: !!l.default })),
    products,
  };
}

/** One EXT-X-MEDIA line per subtitle language (URI gets the master's query). */
export function subtitleMediaLines(show, query = '') {
  return show.languages.map((l) => {
    const uri = `subs/${l.code}/index.m3u8${query ? `?${query}` : ''}`;
    return `#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="${SUBTITLE_GROUP}",NAME="${l.name}",LANGUAGE="${l.language}",` +
      `DEFAULT=${l.default ? 'YES' : 'NO'},AUTOSELECT=YES,FORCED=NO,URI="${uri}"`;
  });
}

/** /live/show.m3u8: master.m3u8's variants (pointing at show/{rendition}/) + subtitle group. */
export function showMasterPlaylist(ladder, show, query = '') {
  return masterPlaylist(ladder, query, {
    media: subtitleMediaLines(show, query),
    variantAttrs: [`SUBTITLES="${SUBTITLE_GROUP}"`],
    uriPrefix: 'show/',
  });
}

/** beforeSegment hook: EXT-X-DATERANGE before each segment where a product presentation starts. */
export function productDateRanges(show, segmentCount) {
  const byIndex = new Map(show.products.map((p) => [p.startIndex, p]));
  return (seq, pdt) => {
    const p = byIndex.get(fileIndex(seq, segmentCount));
    if (!p) return [];
    return [`#EXT-X-DATERANGE:ID="p-${seq}",CLASS="${PRODUCT_CLASS}",START-DATE="${pdt}",` +
      `DURATION=${p.durationS.toFixed(3)},X-PRODUCT-ID="${p.id}"`];
  };
}

/** Media playlist of a show variant: the plain one plus product DATERANGE tags. */
export function showMediaPlaylist(o, show) {
  return mediaPlaylist({ ...o, beforeSegment: productDateRanges(show, o.segmentCount) });
}

/**
 * Subtitle playlist: built by the same function as the media playlists, from the
 * first rendition's segment durations, so window, media sequence, discontinuities
 * and PDT match the media playlists exactly; URIs are `{seq}.vtt`.
 */
export function subtitlePlaylist(o) {
  return mediaPlaylist({ ...o, ext: 'vtt' });
}
