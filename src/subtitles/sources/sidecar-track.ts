import { LIMITS } from '../../internal/limits.js';
import type { Refusal } from '../../internal/refusals.js';
import { cleanText } from '../../internal/text.js';
import { checkUrl } from '../../internal/url-guard.js';
import { isLanguageTag } from '../cue.js';

/** A WebVTT file next to the stream: from a child `<track>` or the `subtitles` property. Cue times are media times. */
export interface SidecarTrack {
  lang: string;
  src: string;
  label?: string;
  default?: boolean;
}

/**
 * Every sidecar the host declared (child `<track kind="subtitles|captions">`s, then the `subtitles` property), checked
 * one by one: a bad entry is refused with a reason and the others are kept.
 */
export function sidecarTracks(host: Element, declared: unknown): { tracks: SidecarTrack[]; refused: Refusal[] } {
  const tracks: SidecarTrack[] = [];
  const refused: Refusal[] = [];
  const accept = (where: string, lang: unknown, src: unknown, label: unknown, isDefault: boolean) => {
    const checked = checkUrl(typeof src === 'string' ? src : '');
    const shown = (value: unknown) => (typeof value === 'string' ? `"${cleanText(value, 60)}"` : `(${value === null ? 'null' : typeof value})`);
    if (!isLanguageTag(lang)) refused.push({ code: 'refused-data', message: `${where}: language ${shown(lang)} is not a language tag` });
    else if (!checked.ok) refused.push({ code: 'refused-url', message: `${where}: src ${shown(src)} refused (${checked.problem})` });
    else if (tracks.some((track) => track.lang === lang)) refused.push({ code: 'refused-data', message: `${where}: a second file for "${lang}" (the first one is used)` });
    else if (tracks.length >= LIMITS.sidecarTracks) refused.push({ code: 'limit-exceeded', message: `${where}: more than ${LIMITS.sidecarTracks} subtitle files` });
    else tracks.push({ lang, src: checked.url.href, ...(typeof label === 'string' ? { label: cleanText(label, 100) } : {}), default: isDefault });
  };

  host.querySelectorAll(':scope > track').forEach((track, index) => {
    if (!['subtitles', 'captions', ''].includes((track.getAttribute('kind') ?? '').toLowerCase())) return;
    accept(`<track> #${index + 1}`, track.getAttribute('srclang'), track.getAttribute('src'), track.getAttribute('label'), track.hasAttribute('default'));
  });

  if (declared != null && !Array.isArray(declared)) {
    refused.push({ code: 'refused-data', message: 'subtitles: expected an array of { lang, src, label?, default? }' });
  } else {
    try {
      (declared ?? []).forEach((entry: unknown, index: number) => {
        const where = `subtitles[${index}]`;
        if (!entry || typeof entry !== 'object') {
          refused.push({ code: 'refused-data', message: `${where}: expected { lang, src, label?, default? }, got ${entry === null ? 'null' : typeof entry}` });
          return;
        }
        try {
          const { lang, src, label, default: isDefault } = entry as Record<string, unknown>;
          accept(where, lang, src, label, isDefault === true);
        } catch {
          // A getter that throws (a Proxy, a class with side effects): this entry only.
          refused.push({ code: 'refused-data', message: `${where}: could not be read` });
        }
      });
    } catch {
      refused.push({ code: 'refused-data', message: 'subtitles: the list could not be read' });
    }
  }
  return { tracks, refused };
}
