// One page per element, its API tables generated from custom-elements.json (so they say what the manifest says, and
// the manifest is checked against the code), with a live example against the demo's data and simulated stream.
import { escapeHtml as e } from './markdown.mjs';

/**
 * The live example of each element: static markup (the site's CSP allows no inline script), attributes only; what
 * needs a property (a product object, a schedule) is set by site.js from the demo's data, keyed by `data-example`.
 * `data-expect="frame"`: the crawl test waits for a decoded video frame; `render`: for the element's shadow content.
 */
export const EXAMPLES = {
  'shoplive-player': {
    expect: 'frame',
    html: `<shoplive-player src="/live/show.m3u8" products-src="/products.json" poster="/media/poster.jpg" video-title="Silk dress try-on (simulated live stream)" autoplay muted loading="eager"></shoplive-player>`,
  },
  'shoplive-buy-button': {
    expect: 'render',
    note: 'The product is set as a property from the demo\'s products.json; the add reaches this page\'s own listener.',
    html: `<shoplive-buy-button product-id="silk-wrap-dress" data-example="product"></shoplive-buy-button>`,
  },
  'shoplive-product-cards': {
    expect: 'render',
    html: `<shoplive-product-cards products-src="/products.json"></shoplive-product-cards>`,
  },
  'shoplive-size-helper': {
    expect: 'render',
    html: `<shoplive-size-helper product-id="silk-wrap-dress" chart-src="/size-chart.json"></shoplive-size-helper>`,
  },
  'shoplive-fit-check': {
    expect: 'render',
    html: `<shoplive-fit-check order-id="1042" product-id="silk-wrap-dress" variant-id="41002" product-src="/honest/dress.json"></shoplive-fit-check>`,
  },
  'shoplive-product-details': {
    expect: 'render',
    html: `<shoplive-product-details product-id="silk-wrap-dress" product-src="/honest/dress.json"></shoplive-product-details>`,
  },
  'shoplive-assistant': {
    expect: 'render',
    note: 'The product is set as a property from the demo\'s products.json; answers come from its data, on the device.',
    html: `<shoplive-assistant product-id="silk-wrap-dress" data-example="product"></shoplive-assistant>`,
  },
  'shoplive-schedule': {
    expect: 'render',
    note: 'The shows are set as a property by the page (times relative to now).',
    html: `<shoplive-schedule data-example="schedule"></shoplive-schedule>`,
  },
};

/** Inline code in a description (`name`) as <code>, everything else escaped. */
const prose = (text = '') => e(text).replace(/`([^`]+)`/g, '<code>$1</code>');
const code = (text) => (text ? `<code>${e(text)}</code>` : '');

function table(caption, headers, rows) {
  if (!rows.length) return `<h2 id="${e(caption.toLowerCase().replace(/\s+/g, '-'))}">${e(caption)}</h2>\n<p class="none">None.</p>\n`;
  const head = headers.map((header) => `<th scope="col">${e(header)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<h2 id="${e(caption.toLowerCase().replace(/\s+/g, '-'))}">${e(caption)}</h2>\n<div class="table"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>\n`;
}

/** The page body of one element declaration of the manifest. */
export function elementPage(declaration, { base }) {
  const tag = declaration.tagName;
  const example = EXAMPLES[tag];
  const fields = (declaration.members ?? []).filter((member) => member.kind === 'field');
  const methods = (declaration.members ?? []).filter((member) => member.kind === 'method');
  const attributes = declaration.attributes ?? [];
  const reflected = new Set(fields.filter((field) => field.reflects).map((field) => field.name));
  const parts = [
    `<h1><code>&lt;${e(tag)}&gt;</code></h1>`,
    `<p class="lead">${prose(declaration.description)}</p>`,
    `<p>Class <code>${e(declaration.name)}</code>. Generated from <a href="${base}custom-elements.json">custom-elements.json</a>.</p>`,
  ];
  if (example) {
    parts.push(`<h2 id="live-example">Live example</h2>`);
    if (example.note) parts.push(`<p>${e(example.note)}</p>`);
    parts.push(`<div class="example" data-expect="${example.expect}" data-tag="${e(tag)}">${example.html}</div>`);
    parts.push(`<pre><code class="language-html">${e(example.html.replace(/ data-example="[^"]*"/, ''))}</code></pre>`);
  }
  parts.push(table('Attributes', ['Attribute', 'Property', 'Type', 'Description'], attributes.map((attribute) => [
    code(attribute.name), code(attribute.fieldName), code(attribute.type?.text), prose(attribute.description) + (reflected.has(attribute.fieldName) ? ' <span class="tag">reflected</span>' : ''),
  ])));
  parts.push(table('Properties', ['Property', 'Attribute', 'Type', 'Description'], fields.map((field) => [
    code(field.name), code(field.attribute), code(field.type?.text), prose(field.description) + (field.deprecated ? ` <span class="tag">deprecated: ${prose(String(field.deprecated))}</span>` : ''),
  ])));
  parts.push(table('Methods', ['Method', 'Returns', 'Description'], methods.map((method) => [
    code(`${method.name}(${(method.parameters ?? []).map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}: ${parameter.type?.text ?? 'unknown'}`).join(', ')})`),
    code(method.return?.type?.text), prose(method.description),
  ])));
  parts.push(table('Events', ['Event', 'Detail', 'Description'], (declaration.events ?? []).map((event) => [
    code(event.name), code(/^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1] ?? event.type?.text), prose(event.description),
  ])));
  parts.push(table('Slots', ['Slot', 'Description'], (declaration.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', prose(slot.description)])));
  parts.push(table('CSS parts', ['Part', 'Description'], (declaration.cssParts ?? []).map((part) => [code(part.name), prose(part.description)])));
  parts.push(table('CSS custom properties', ['Property', 'Description'], (declaration.cssProperties ?? []).map((property) => [code(property.name), prose(property.description)])));
  parts.push(`<p>Event details are typed for TypeScript on elements, <code>document</code> and <code>window</code>: see <a href="${base}events.html">Events</a>; theming: <a href="${base}theming.html">Theming</a>.</p>`);
  return parts.join('\n');
}
