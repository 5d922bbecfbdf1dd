// The hostile corpus: named payloads, and for each the inputs it is fed through and what must come of it there.
// Every runner in this folder takes the payloads listed for its input and asserts, per payload: nothing executed,
// no request for a URL the guard refused, no main-thread gap over 200 ms, the widget stays in its box, and exactly
// one report for a refused input (none for text that is only cleaned). Add payloads here; the runners pick them up.

/** What a payload is, to an input: text shown to the shopper, a URL, a number, or a whole value (an object...). */
export type Form = 'text' | 'url' | 'number' | 'value';

/** The inputs of the SDK (one runner each: see the test files next to this one). */
export type Input =
  | 'player-attributes'
  | 'products'
  | 'size-chart'
  | 'vtt'
  | 'stt'
  | 'stream-cues'
  | 'add-cue'
  | 'answers'
  | 'post-message'
  | 'storage';

/**
 * `refused`: the input is refused, reported exactly once, naming the input. `shown`: accepted, what is drawn is the
 * payload cleaned (no bidi, invisible or control characters, markup as literal text), with no report.
 */
export type Verdict = 'refused' | 'shown';

export interface Payload {
  readonly name: string;
  readonly category: Category;
  readonly form: Form;
  /** Built when a runner asks (a megabyte string is made once, not at import). */
  make(): unknown;
  readonly inputs: Readonly<Partial<Record<Input, Verdict>>>;
}

export type Category =
  | 'markup'
  | 'url'
  | 'bidi'
  | 'huge'
  | 'number'
  | 'prototype'
  | 'proxy'
  | 'wrong-type'
  | 'css'
  | 'control'
  | 'utf16'
  | 'redos';

/** What every payload that executes does: the trap the runners look at. */
export const PWNED = '__pwned';

const pwn = (tag: string) => `window.${PWNED}='${tag}'`;

/** Text inputs: the fields drawn for the shopper (titles, labels, cue text, messages). */
const TEXT_SHOWN = { storage: 'refused', 'player-attributes': 'shown', products: 'shown', 'size-chart': 'shown', vtt: 'shown', stt: 'shown', 'add-cue': 'shown', answers: 'shown', 'post-message': 'shown', 'stream-cues': 'refused' } as const;
/** Text too long for any field: shortened or refused, and reported once, everywhere. */
const TEXT_LIMITED = { storage: 'refused', 'player-attributes': 'refused', products: 'refused', 'size-chart': 'refused', vtt: 'refused', stt: 'refused', 'add-cue': 'refused', answers: 'refused', 'post-message': 'refused', 'stream-cues': 'refused' } as const;
/** URLs the guard must refuse, in every input that takes a URL. */
const URL_REFUSED = { 'player-attributes': 'refused', products: 'refused', 'size-chart': 'refused', vtt: 'refused' } as const;
/**
 * URLs that are real http(s) URLs to another host once resolved: an attack only where the page's origin is required
 * (the Shopify routes: test/commerce/shopify-hostile.test.ts), accepted where any host may serve (a poster or a product
 * image on a CDN). Runners feed these only to inputs where an accepted URL is drawn, not fetched and reported on.
 */
const URL_OFFSITE = { 'player-attributes': 'shown', products: 'shown' } as const;
/** Values where an object (a product, a chart, a cue, an answer, a stored record) is expected. */
const VALUE_REFUSED = { 'player-attributes': 'refused', products: 'refused', 'size-chart': 'refused', 'add-cue': 'refused', answers: 'refused', storage: 'refused' } as const;
/** Values that cannot be written to storage (JSON.stringify throws or gives nothing): no stored value can be them. */
const UNSTORABLE = { 'player-attributes': 'refused', products: 'refused', 'size-chart': 'refused', 'add-cue': 'refused', answers: 'refused' } as const;
/** Values that survive structured cloning, so a parent frame can post them as its answer too. */
const CLONEABLE_REFUSED = { ...VALUE_REFUSED, 'post-message': 'refused' } as const;
/** Numbers where a price, a time, a measure or a stored body value is expected. */
const NUMBER_REFUSED = { products: 'refused', 'size-chart': 'refused', 'add-cue': 'refused', storage: 'refused' } as const;

const text = (name: string, category: Category, value: string | (() => string), inputs: Payload['inputs'] = TEXT_SHOWN): Payload => ({
  name,
  category,
  form: 'text',
  make: typeof value === 'string' ? () => value : value,
  inputs,
});
const url = (name: string, value: string, inputs: Payload['inputs'] = URL_REFUSED): Payload => ({ name, category: 'url', form: 'url', make: () => value, inputs });
const number = (name: string, value: number, inputs: Payload['inputs'] = NUMBER_REFUSED): Payload => ({ name, category: 'number', form: 'number', make: () => value, inputs });
const value = (name: string, category: Category, make: () => unknown, inputs: Payload['inputs'] = VALUE_REFUSED): Payload => ({ name, category, form: 'value', make, inputs });

/** A value whose every trap throws: reading it at all must be a clear refusal, never an uncaught error. */
function throwingProxy(): unknown {
  const boom = () => {
    throw new Error('trap');
  };
  return new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
}

/** An object that looks right but whose fields throw when read. */
function throwingGetters(): unknown {
  return Object.defineProperties({}, Object.fromEntries(['ok', 'id', 'title', 'text', 'start', 'end', 'lang', 'sizes', 'label', 'v', 'savedAt'].map((key) => [key, { enumerable: true, get: () => { throw new Error(`getter ${key}`); } }])));
}

function deepNesting(levels: number): unknown {
  let nested: unknown = { ok: true };
  for (let i = 0; i < levels; i++) nested = { ok: nested, id: nested, title: nested };
  return nested;
}

let megabyte: string | undefined;

export const PAYLOADS: readonly Payload[] = [
  // markup and script injection: drawn as literal text, never parsed
  text('img-onerror', 'markup', `<img src=x onerror="${pwn('img')}">`),
  text('svg-onload', 'markup', `<svg onload="${pwn('svg')}"><circle r=9></svg>`),
  text('style-breakout', 'markup', `</style><img src=x onerror="${pwn('style')}">`),
  text('attribute-breakout', 'markup', `"><script>${pwn('script')}</script>`),
  text('single-quote-breakout', 'markup', `' onfocus='${pwn('quote')}' autofocus x='`),
  text('template-literal', 'markup', '${' + pwn('template') + '}{{constructor.constructor("' + pwn('angular') + '")()}}'),
  text('lit-marker', 'markup', '<!--?lit$123456789$-->lit$123456789$<?lit$1$>'),
  text('iframe-srcdoc', 'markup', `<iframe srcdoc="<script>parent.${PWNED}='iframe'</script>"></iframe>`),
  text('html-entities', 'markup', '&lt;img src=x onerror=alert(1)&gt; &amp;amp; &#x3c;b&#x3e;'),
  text('vtt-markup', 'markup', `<c.evil><v Seller><b>bold</b> <ruby>x<rt>y</rt></ruby> <00:00:01.000><img src=x onerror="${pwn('vtt')}">`),

  // URL attacks: the guard refuses them before any request, src or href
  url('javascript-scheme', `javascript:${pwn('js')}`),
  url('javascript-mixed-case', ` JaVaScRiPt:${pwn('js-case')}`),
  url('javascript-tab-newline', `java\tscr\nipt:${pwn('js-tab')}`),
  url('javascript-nul', `\u0000javascript:${pwn('js-nul')}`),
  url('data-html', `data:text/html,<script>parent.${PWNED}='data'</script>`),
  url('data-base64', 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+'),
  url('vbscript-scheme', 'vbscript:msgbox(1)'),
  url('blob-scheme', 'blob:https://evil.test/0f7a2c'),
  url('credentials', 'https://shop.example@evil.test/cart.js'),
  url('credentials-encoded', 'https://shop.example%40evil.test:x@evil.test/'),
  url('protocol-relative', '//evil.test/products.json', URL_OFFSITE),
  url('dot-slash-root', '/.//evil.test/cart.js', URL_OFFSITE),
  url('backslash-root', '/\\evil.test/cart.js', URL_OFFSITE),
  url('file-scheme', 'file:///etc/passwd'),
  url('over-long-url', `https://evil.test/${'a'.repeat(5000)}`),
  // An IDN homograph is a real https URL: the guard cannot know it is not the shop.
  url('idn-homograph', 'https://shоp.еxample.invalid/p.jpg', URL_OFFSITE),

  // bidi and zero-width: removed from what is drawn
  text('bidi-override', 'bidi', 'Silk \u202Eezis\u202C scarf \u202Dx\u202A\u202B'),
  text('bidi-isolates', 'bidi', 'Price \u2066A\u2067B\u2068C\u2069 \u200E\u200F\u061C'),
  text('zero-width', 'bidi', 'zero\u200Bwidth\u2060joiner\u200D \u200Cend \u00AD\u180E'),
  text('byte-order-mark', 'bidi', '\uFEFFBOM title\uFEFF'),

  // huge inputs: refused or clamped, with one report, without freezing the page
  text('one-megabyte', 'huge', () => (megabyte ??= 'A'.repeat(1024 * 1024)), TEXT_LIMITED),
  text('long-line-300k', 'huge', () => '<'.repeat(300_000), TEXT_LIMITED),
  // Not posted: cloning 100,000 objects to and from the relay frame blocks this very thread, whoever reads them.
  value('array-100k', 'huge', () => Array.from({ length: 100_000 }, (_, i) => ({ id: `p${i}`, title: 't', text: 't' }))),
  // Too deep for structured cloning: a parent frame cannot post it (postMessage throws in the sender).
  value('nesting-10k', 'huge', () => deepNesting(10_000), UNSTORABLE),

  // numbers out of any sane range
  number('nan', Number.NaN),
  number('infinity', Number.POSITIVE_INFINITY),
  number('negative-zero', -0, { 'add-cue': 'refused', storage: 'refused' }),
  number('1e308', 1e308),
  number('negative', -1),
  number('unsafe-integer-id', 12345678901234567, { products: 'refused' }),

  // prototype pollution: never reaches Object.prototype
  value('proto-json', 'prototype', () => JSON.parse('{"__proto__":{"polluted":"yes","ok":true},"constructor":{"prototype":{"polluted":"yes"}}}'), CLONEABLE_REFUSED),
  value('constructor-prototype', 'prototype', () => ({ constructor: { prototype: { polluted: 'yes' } }, prototype: { polluted: 'yes' } }), CLONEABLE_REFUSED),

  // proxies whose traps or getters throw
  value('proxy-throws', 'proxy', throwingProxy, UNSTORABLE),
  value('getters-throw', 'proxy', throwingGetters, UNSTORABLE),

  // wrong types
  // No products, no chart: `null` clears the value, it is not a refusal there.
  value('null', 'wrong-type', () => null, { ...CLONEABLE_REFUSED, products: 'shown', 'size-chart': 'shown' }),
  value('array-for-object', 'wrong-type', () => [[], [null], [1, 2]], CLONEABLE_REFUSED),
  value('string-for-object', 'wrong-type', () => '{"ok":true}', CLONEABLE_REFUSED),
  value('function', 'wrong-type', () => () => true, UNSTORABLE),
  value('truthy-lookalike', 'wrong-type', () => ({ ok: 'true', id: 1, title: ['t'], text: { toString: () => 'x' }, start: '0', end: '5', lang: ['en'] })),

  // CSS injection: never reaches a style
  text('css-declaration', 'css', 'red;background:url(//evil.test/css.png);--shoplive-accent:url(//evil.test/a)'),
  text('css-breakout', 'css', '</style><style>*{background:url(https://evil.test/x.png)!important}</style>'),
  text('css-expression', 'css', 'expression(alert(1)) @import "//evil.test/x.css";'),

  // control characters
  text('c0-c1-controls', 'control', 'a\u0000b\u0007c\u001B[31md\u007F\u009Be\u0085f'),
  text('line-separators', 'control', 'line one\r\nline two\u2028line three\u2029\u000B\u000C'),

  // malformed UTF-16
  text('lone-surrogates', 'utf16', 'high \uD800 low \uDC00 reversed \uDC00\uD800 end'),

  // lines shaped to make a backtracking parser go quadratic
  text('redos-attributes', 'redos', () => 'A='.repeat(2000) + '"'.repeat(40_000), TEXT_LIMITED),
  text('redos-tags', 'redos', () => '<c.'.repeat(1300), TEXT_LIMITED),
];

export const payloadsFor = (input: Input, ...forms: Form[]): Payload[] =>
  PAYLOADS.filter((payload) => payload.inputs[input] !== undefined && (!forms.length || forms.includes(payload.form)));

/** The verdict for this input (every payload a runner takes has one). */
export const verdictOf = (payload: Payload, input: Input): Verdict => payload.inputs[input]!;
