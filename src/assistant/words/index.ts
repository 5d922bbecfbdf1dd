import { addScriptLexicons } from '../detect.js';
import { addScriptGuards } from '../guard.js';
import { addColourWords } from '../colours.js';
import type { ScriptWords } from '../intents.js';

/**
 * The keywords of the scripts without Latin letters live in chunks of their own (one per script), so the core
 * carries only the Latin ones, which every locale's shoppers mix in. A question (and the FAQ it is compared with) is
 * read only after the chunks of the scripts it is written in have loaded: a keyword in another script could not match
 * it anyway, so the answer is the same as with every chunk loaded.
 */
export type Script = 'cjk' | 'ko' | 'ar';

const SCRIPTS: readonly (readonly [Script, RegExp])[] = [
  ['cjk', /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/],
  ['ko', /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/],
  ['ar', /[\u0600-\u06ff]/],
];

/** The scripts a locale's shoppers write in (besides Latin letters). */
export function scriptsOfLocale(locale: string): Script[] {
  const language = locale.toLowerCase().split('-')[0];
  return language === 'zh' || language === 'ja' ? ['cjk'] : language === 'ko' ? ['ko'] : language === 'ar' ? ['ar'] : [];
}

/** The scripts that occur in some text. */
export function scriptsIn(texts: readonly string[]): Script[] {
  return SCRIPTS.filter(([, test]) => texts.some((text) => test.test(text))).map(([script]) => script);
}

const pending = new Map<Script, Promise<void>>();

/**
 * Loads (once) the keywords of each script and hands them to `register`; resolves when all are in. A chunk that fails
 * to load is tried again next time, and leaves its script's words out meanwhile (the question is then declined).
 */
function loadScripts(scripts: readonly Script[], register: (words: ScriptWords) => void): Promise<void> {
  return Promise.all(scripts.map((script) => {
    let loading = pending.get(script);
    if (!loading) {
      const chunk = script === 'cjk' ? import('./cjk.js') : script === 'ko' ? import('./ko.js') : import('./ar.js');
      loading = chunk.then((module) => register(module.default), () => void pending.delete(script));
      pending.set(script, loading);
    }
    return loading;
  })).then(() => undefined);
}

function register(words: ScriptWords): void {
  addScriptLexicons(words);
  addScriptGuards(words);
  addColourWords(words.colours);
}

/** Loads the keywords of the scripts some texts are written in, and of a locale's (if given), before they are read. */
export function loadWords(texts: readonly string[], locale?: string): Promise<void> {
  const scripts = new Set([...scriptsIn(texts), ...(locale ? scriptsOfLocale(locale) : [])]);
  return scripts.size ? loadScripts([...scripts], register) : Promise.resolve();
}
