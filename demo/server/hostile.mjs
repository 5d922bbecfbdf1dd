// Hostile stream content for the simulated live server: what a compromised origin or CDN could serve, to test that
// the player refuses it cleanly. Driven by `hostile=MODE[,MODE…]` in the query string, which playlists copy onto
// every URI they list (like the fault parameters), plus a few fixed hostile WebVTT files. Pure text transforms.
//
//   long-master   the master gains a variant whose EXT-X-STREAM-INF is one 300,000-character attribute list
//                 with no "=" (the worst case for a backtracking attribute reader)
//   long-media    media playlists gain a 300,000-character EXT-X-DATERANGE attribute line
//   big-media     media playlists are padded past 3 MB with short comment lines
//   bad-urls      the master gains a `javascript:` variant; in media playlists every segment with seq % 4 == 2
//                 is listed under a hostile URI (javascript:, data:, ftp:, in turn)
//   bad-key       media playlists start with EXT-X-KEY METHOD=AES-128 whose URI is `javascript:`
//   bad-subs      the show master gains a subtitle rendition with a `javascript:` URI; subtitle playlists list
//                 every segment with seq % 4 == 2 under a `data:` URI
//   vtt-forever   subtitle segments gain a cue lasting 99999 hours whose text carries bidi overrides, isolates and
//                 zero-width characters
//   vtt-long-line subtitle segments gain a cue whose text line is 300,000 "<" characters (no ">")
//   vtt-big       subtitle segments are padded past 2 MB with NOTE blocks
//   vtt-stash     subtitle segments gain the texts stashed for the session (PUT /__hostile?sid=…, body
//                 `{"cues": ["…"]}`) as cues, two per segment in turn (segment seq: texts 2k and 2k+1, k = seq mod
//                 half their number), each for the segment's length
//   daterange-stash  show media playlists gain one product EXT-X-DATERANGE per id stashed for the session
//                 (`{"productIds": ["…"]}`), written as given (line breaks become spaces, so the playlist stays
//                 one tag per line), starting at the window's first segment
//
// Fixed files: /live/hostile/{forever,long-line,big,many,bidi}.vtt (sidecar WebVTT; `many` has 6000 cues).

export const HOSTILE_MODES = ['long-master', 'long-media', 'big-media', 'bad-urls', 'bad-key', 'bad-subs', 'vtt-forever', 'vtt-long-line', 'vtt-big', 'vtt-stash', 'daterange-stash'];
/** Bytes a session may stash (the corpus's largest payload is 1 MB). */
export const STASH_LIMIT_BYTES = 4 * 1024 * 1024;

/** Hostile text stashed per session for `vtt-stash` and `daterange-stash`: `{ cues: string[], productIds: string[] }`. */
export class HostileStash {
  #bySid = new Map();

  /** Stores a PUT body; false (nothing stored) unless it is `{ cues?, productIds? }` with arrays of strings. */
  put(sid, body) {
    let data;
    try {
      data = JSON.parse(body);
    } catch {
      return false;
    }
    const strings = (list) => list === undefined || (Array.isArray(list) && list.every((item) => typeof item === 'string'));
    if (!data || typeof data !== 'object' || !strings(data.cues) || !strings(data.productIds)) return false;
    this.#bySid.set(sid, { cues: data.cues ?? [], productIds: data.productIds ?? [] });
    if (this.#bySid.size > 200) this.#bySid.delete(this.#bySid.keys().next().value);
    return true;
  }

  get(sid) {
    return this.#bySid.get(sid) ?? { cues: [], productIds: [] };
  }
}
export const LONG_LINE_CHARS = 300_000;
export const BIG_VTT_BYTES = 2 * 1024 * 1024;
export const BIG_PLAYLIST_BYTES = 3 * 1024 * 1024;
/** Bidi embedding/override/isolate controls, zero-width characters and the BOM, as a cue text could carry them. */
export const INVISIBLE_TEXT = '\u202Eecnalab\u202C \u2066isolated\u2069 zero\u200Bwidth\u200D\u2060\uFEFF';

const HOSTILE_URIS = (seq) => [
  `javascript:alert(document.domain)//${seq}.ts`,
  `data:video/mp2t;base64,R0VUIC8gSFRUUC8xLjE=#${seq}`,
  `ftp://127.0.0.1/${seq}.ts`,
];

/** The set of hostile modes asked for; unknown names are ignored (reported in `invalid`). */
export function parseHostile(searchParams) {
  const value = searchParams.get('hostile');
  const modes = new Set();
  const invalid = [];
  for (const name of (value ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    if (HOSTILE_MODES.includes(name)) modes.add(name);
    else invalid.push(name);
  }
  return { modes, invalid };
}

/** Inserts lines right after the master's header tags (before the first variant). */
function afterHeader(body, lines) {
  const at = body.indexOf('#EXT-X-STREAM-INF');
  return at < 0 ? body : body.slice(0, at) + lines.join('\n') + '\n' + body.slice(at);
}

/** master.m3u8 / show.m3u8 */
export function hostileMaster(body, modes, { isShow = false } = {}) {
  let out = body;
  if (modes.has('long-master')) out = afterHeader(out, [`#EXT-X-STREAM-INF:${'A'.repeat(LONG_LINE_CHARS)}`, '720p/index.m3u8']);
  if (modes.has('bad-urls')) out = afterHeader(out, ['#EXT-X-STREAM-INF:BANDWIDTH=500000,RESOLUTION=480x270', 'javascript:alert(document.domain)//270p.m3u8']);
  if (modes.has('bad-subs') && isShow) {
    out = afterHeader(out, ['#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="Evil",LANGUAGE="fr",DEFAULT=NO,AUTOSELECT=YES,URI="javascript:alert(1)"']);
  }
  return out;
}

/** A media playlist, rebuilt line by line: segment URIs `{seq}.ts?…` can be swapped for hostile ones. */
export function hostileMedia(body, modes, stash = { productIds: [] }) {
  let out = body;
  if (modes.has('daterange-stash') && stash.productIds.length) {
    out = out.replace(/^#EXT-X-PROGRAM-DATE-TIME:(.+)$/m, (line, pdt) => [line, ...stash.productIds.map((id, i) =>
      `#EXT-X-DATERANGE:ID="corpus-${i}",CLASS="com.shoplive.product",START-DATE="${pdt}",DURATION=4.000,X-PRODUCT-ID="${id.replace(/[\r\n]+/g, ' ')}"`)].join('\n'));
  }
  if (modes.has('bad-urls')) {
    out = out.replace(/^(\d+)\.ts(\?[^\n]*)?$/gm, (line, seq) => (Number(seq) % 4 === 2 ? HOSTILE_URIS(seq)[(Number(seq) >> 2) % 3] : line));
  }
  if (modes.has('bad-key')) out = out.replace('#EXT-X-DISCONTINUITY-SEQUENCE', '#EXT-X-KEY:METHOD=AES-128,URI="javascript:alert(1)"\n#EXT-X-DISCONTINUITY-SEQUENCE');
  if (modes.has('long-media')) out = out.replace('#EXT-X-DISCONTINUITY-SEQUENCE', `#EXT-X-DATERANGE:${'A'.repeat(LONG_LINE_CHARS)}\n#EXT-X-DISCONTINUITY-SEQUENCE`);
  if (modes.has('big-media')) out += `# ${'x'.repeat(1000)}\n`.repeat(Math.ceil(BIG_PLAYLIST_BYTES / 1003));
  return out;
}

/** A subtitle playlist (`{seq}.vtt?…` URIs). */
export function hostileSubtitlePlaylist(body, modes) {
  if (!modes.has('bad-subs')) return body;
  return body.replace(/^(\d+)\.vtt(\?[^\n]*)?$/gm, (line, seq) => (Number(seq) % 4 === 2 ? `data:text/vtt;base64,V0VCVlRU#${seq}` : line));
}

/** The LOCAL time of a segment's X-TIMESTAMP-MAP, where its own cues start. */
function localStart(vtt) {
  return /LOCAL:([\d:.]+)/.exec(vtt)?.[1] ?? '00:00:00.000';
}

const seconds = (stamp) => stamp.split(':').reduce((total, part) => total * 60 + Number(part), 0);
const stamp = (s) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${(s % 60).toFixed(3).padStart(6, '0')}`;

/** A WebVTT subtitle segment. */
export function hostileVtt(body, modes, stash = { cues: [] }, seq = 0) {
  let out = String(body);
  const start = localStart(out);
  if (modes.has('vtt-stash') && stash.cues.length) {
    // Two cues per segment, in turn (a player draws two at once): segment `seq` carries cues 2k and 2k+1.
    const from = seconds(start);
    const k = seq % Math.ceil(stash.cues.length / 2);
    out += stash.cues.slice(2 * k, 2 * k + 2).map((text, i) => `\n\ncorpus-${2 * k + i}-${seq}\n${stamp(from)} --> ${stamp(from + 1.9)}\n${text}\n`).join('');
  }
  if (modes.has('vtt-forever')) out += `\n\nforever\n${start} --> 99999:00:00.000\n${INVISIBLE_TEXT}\n`;
  if (modes.has('vtt-long-line')) out += `\n\n${start} --> 99:00:00.000\n${'<'.repeat(LONG_LINE_CHARS)}\n`;
  if (modes.has('vtt-big')) out += `\n\nNOTE ${'x'.repeat(1000)}`.repeat(Math.ceil(BIG_VTT_BYTES / 1006));
  return out;
}

function cue(i, start, end, text) {
  const t = (s) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
  return `${i}\n${t(start)} --> ${typeof end === 'string' ? end : t(end)}\n${text}\n`;
}

/** Sidecar files at /live/hostile/{name}.vtt; null for an unknown name. */
export function hostileSidecar(name) {
  switch (name) {
    case 'forever':
      return `WEBVTT\n\n${cue(1, 0, '99999:00:00.000', `Stays forever ${INVISIBLE_TEXT}`)}`;
    case 'bidi':
      return `WEBVTT\n\n${cue('\u202Eid', 0, 86400, `Price \u202E0.99\u202C EUR`)}`;
    case 'long-line':
      return `WEBVTT\n\n${cue(1, 0, 86400, '<'.repeat(LONG_LINE_CHARS))}\n${cue(2, 0, 86400, 'The line after the long one')}`;
    case 'big':
      return `WEBVTT\n\n${cue(1, 0, 86400, 'x'.repeat(1000))}\n`.padEnd(BIG_VTT_BYTES, '\nNOTE padding padding padding\n');
    case 'many':
      return `WEBVTT\n\n${Array.from({ length: 6000 }, (_, i) => cue(i + 1, i, i + 1, `Cue ${i + 1}`)).join('\n')}`;
    default:
      return null;
  }
}
