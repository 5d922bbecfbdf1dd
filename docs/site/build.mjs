// `npm run docs`: the documentation site, static, into dist/docs/ (served by `npm start` at /docs/). Pages: the guides
// and references of docs/*.md, one page per element generated from custom-elements.json (run `npm run build` first),
// and a size table from size-limit's own output. No inline script or style: the site runs under the demo's CSP.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLES, elementPage } from './element-page.mjs';
import { escapeHtml as e, renderMarkdown } from './markdown.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const OUT = join(ROOT, 'dist/docs');
const started = Date.now();

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const repository = `${pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main`;
const manifestPath = join(ROOT, 'custom-elements.json');
if (!existsSync(manifestPath)) {
  console.error('docs: custom-elements.json is missing: run `npm run build` first');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName).sort((a, b) => a.tagName.localeCompare(b.tagName));

/** The site's navigation: guides first (in reading order), then the references of docs/, then the elements. */
const GUIDES = ['getting-started', 'install', 'shopify', 'data-formats', 'localization', 'privacy', 'security', 'performance', 'sizes', 'troubleshooting', 'events', 'theming'];
const docs = readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3));
const pages = new Set([...docs, 'sizes']);
const references = docs.filter((name) => !GUIDES.includes(name)).sort();
const titles = new Map();

// The CSP of the demo's pages (demo/index.html): nothing inline, everything from this origin.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self' blob:; connect-src 'self' https: wss:; worker-src 'self' blob:";

function layout({ title, body, base, current, live = false }) {
  const link = (href, label, key) => `<li><a href="${base}${href}"${key === current ? ' aria-current="page"' : ''}>${label}</a></li>`;
  const nav = [
    `<h2>Guides</h2><ul>${GUIDES.filter((name) => pages.has(name)).map((name) => link(`${name}.html`, e(titles.get(name) ?? name), name)).join('')}</ul>`,
    `<h2>Elements</h2><ul>${elements.map((element) => link(`elements/${element.tagName}.html`, `<code>&lt;${e(element.tagName)}&gt;</code>`, element.tagName)).join('')}</ul>`,
    `<h2>Reference</h2><ul>${references.map((name) => link(`${name}.html`, e(titles.get(name) ?? name), name)).join('')}</ul>`,
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${e(title)} · shoplive</title>
<link rel="stylesheet" href="${base}site.css">
${live ? `<script type="module" src="/dist/shoplive.js"></script>\n<script type="module" src="${base}site.js"></script>` : ''}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><a class="brand" href="${base}index.html">shoplive</a> <span>${e(pkg.version)}</span></header>
<div class="frame">
<nav aria-label="Documentation">${nav}</nav>
<main id="main">
${body}
</main>
</div>
</body>
</html>
`;
}

/** size-limit's JSON for the budgets of .size-limit.json, or null when the build is missing. */
function sizeRows() {
  if (!existsSync(join(ROOT, 'dist/shoplive.js'))) return null;
  let output;
  try {
    output = execFileSync(process.execPath, [join(ROOT, 'node_modules/size-limit/bin.js'), '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    output = error.stdout; // over budget: size-limit still prints the sizes, and exits 1
  }
  const limits = JSON.parse(readFileSync(join(ROOT, '.size-limit.json'), 'utf8'));
  return JSON.parse(output).map((row) => ({ ...row, limit: limits.find((entry) => entry.name === row.name)?.limit ?? '' }));
}

function sizesPage() {
  const rows = sizeRows();
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const table = rows
    ? `<div class="table"><table><thead><tr><th scope="col">What</th><th scope="col">Size (gzip)</th><th scope="col">Budget</th></tr></thead><tbody>
${rows.map((row) => `<tr><td>${e(row.name)}</td><td>${kb(row.size)}</td><td>${e(row.limit)}${row.passed === false ? ' <span class="tag">over</span>' : ''}</td></tr>`).join('\n')}
</tbody></table></div>`
    : '<p>Run <code>npm run build</code> before <code>npm run docs</code> to measure the build.</p>';
  return `<h1 id="sizes">Sizes</h1>
<p>What each piece costs over the wire, measured on this build by <code>size-limit</code> (<code>npm run size</code>,
the budgets of <code>.size-limit.json</code>). The loader is all a page pays until an element nears the viewport; the
rest loads when it is needed. Time to first frame: <a href="performance.html">Performance</a>.</p>
${table}`;
}

function indexPage() {
  return `<h1 id="shoplive">shoplive</h1>
<p class="lead">${e(pkg.description)}</p>
<h2 id="start">Start</h2>
<pre><code class="language-html">${e('<script type="module" src="https://YOUR-CDN/shoplive/dist/shoplive.js"></script>\n<shoplive-player src="https://live.example.com/show/master.m3u8" autoplay muted></shoplive-player>')}</code></pre>
<p>Or <code>npm install shoplive</code>: <a href="getting-started.html">Getting started</a> (script tag, npm and a bundler, React, Vue, Svelte, plain JavaScript, Shopify).</p>
<h2 id="elements">Elements</h2>
<ul class="cards">${elements.map((element) => `<li><a href="elements/${e(element.tagName)}.html"><code>&lt;${e(element.tagName)}&gt;</code></a> ${e((element.description ?? '').split(/(?<=\.)\s/)[0].replace(/`/g, ''))}</li>`).join('\n')}</ul>
<h2 id="guides">Guides</h2>
<ul>${GUIDES.filter((name) => pages.has(name)).map((name) => `<li><a href="${name}.html">${e(titles.get(name) ?? name)}</a></li>`).join('')}</ul>
<h2 id="reference">Reference</h2>
<ul>${references.map((name) => `<li><a href="${name}.html">${e(titles.get(name) ?? name)}</a></li>`).join('')}</ul>`;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'elements'), { recursive: true });
const rendered = new Map();
for (const name of docs) {
  const page = renderMarkdown(readFileSync(join(ROOT, 'docs', `${name}.md`), 'utf8'), { pages, repository, base: './' });
  rendered.set(name, page);
  titles.set(name, page.title.replace(/`/g, '').replace(/<[^>]*>/g, '') || name);
}
titles.set('sizes', 'Sizes');
const written = [];
const write = (path, html) => {
  writeFileSync(join(OUT, path), html);
  written.push(path);
};
write('index.html', layout({ title: 'Documentation', body: indexPage(), base: './', current: 'index' }));
for (const [name, page] of rendered) write(`${name}.html`, layout({ title: titles.get(name), body: page.html, base: './', current: name }));
write('sizes.html', layout({ title: 'Sizes', body: sizesPage(), base: './', current: 'sizes' }));
for (const element of elements) {
  if (!EXAMPLES[element.tagName]) throw new Error(`docs: <${element.tagName}> has no live example in docs/site/element-page.mjs`);
  write(`elements/${element.tagName}.html`, layout({ title: `<${element.tagName}>`, body: elementPage(element, { base: '../' }), base: '../', current: element.tagName, live: true }));
}
cpSync(join(HERE, 'site.css'), join(OUT, 'site.css'));
cpSync(join(HERE, 'site.js'), join(OUT, 'site.js'));
cpSync(join(ROOT, 'docs/img'), join(OUT, 'img'), { recursive: true });
cpSync(manifestPath, join(OUT, 'custom-elements.json'));
writeFileSync(join(OUT, 'pages.json'), `${JSON.stringify({ pages: written, elements: elements.map((element) => element.tagName) }, null, 2)}\n`);
console.log(`docs: ${written.length} pages (${elements.length} elements) in ${((Date.now() - started) / 1000).toFixed(1)} s → dist/docs/`);
