// Markdown → HTML for the documentation site. Raw HTML in a page is shown as text (never injected), headings get
// ids to link to, and links between docs (`events.md`, `docs/events.md`, `../src/x.ts`) become links of the site:
// another doc's page, or the file on the repository for anything that is not a page.
import { Marked } from 'marked';

export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);

/** GitHub-style slug: lower case, punctuation dropped, spaces to dashes; repeats get -1, -2. */
export function slugger() {
  const seen = new Map();
  return (text) => {
    const base = text.toLowerCase().trim().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-') || 'section';
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count ? `${base}-${count}` : base;
  };
}

/**
 * @param {object} options
 * @param {Set<string>} options.pages names of the docs that have a page (`events` for docs/events.md)
 * @param {string} options.repository URL of the repository's files (`https://github.com/o/r/blob/main`)
 * @param {string} options.base relative path from the page to the site's root (`./` or `../`)
 */
export function renderMarkdown(source, { pages, repository, base }) {
  const slug = slugger();
  const headings = [];
  /** A doc link's site URL, or null when it points outside the docs (left to `repositoryUrl`). */
  const sitePath = (href) => {
    const match = /^(?:\.\/|docs\/|\.\.\/docs\/)?([\w-]+)\.md(#[\w-]*)?$/.exec(href);
    return match && pages.has(match[1]) ? `${base}${match[1]}.html${match[2] ?? ''}` : null;
  };
  const repositoryUrl = (href) => `${repository}/${href.replace(/^(\.\.\/)+/, '').replace(/^\.\//, 'docs/')}`;
  const rewrite = (href) => {
    if (/^(https?:|mailto:|#)/.test(href)) return href;
    if (/^img\//.test(href)) return `${base}${href}`;
    return sitePath(href) ?? repositoryUrl(href.startsWith('../') || /^(src|test|demo|integrations)\//.test(href) ? href : `docs/${href}`);
  };
  const marked = new Marked({
    gfm: true,
    renderer: {
      html: ({ text }) => escapeHtml(text),
      heading({ tokens, depth, text }) {
        const id = slug(text);
        headings.push({ depth, id, text });
        return `<h${depth} id="${id}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      link({ href, title, tokens }) {
        const label = this.parser.parseInline(tokens);
        return `<a href="${escapeHtml(rewrite(href))}"${title ? ` title="${escapeHtml(title)}"` : ''}>${label}</a>`;
      },
      image: ({ href, title, text }) => `<img src="${escapeHtml(rewrite(href))}" alt="${escapeHtml(text)}"${title ? ` title="${escapeHtml(title)}"` : ''} loading="lazy">`,
      // `docs/replay.md` written as code is a reference: link it.
      codespan({ text }) {
        const raw = text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
        const code = `<code>${escapeHtml(raw)}</code>`;
        const target = sitePath(raw.replace(/^docs\//, ''));
        return /^(docs\/)?[\w-]+\.md(#[\w-]*)?$/.test(raw) && target ? `<a href="${escapeHtml(target)}">${code}</a>` : code;
      },
    },
  });
  const html = marked.parse(source);
  return { html, headings, title: headings.find((heading) => heading.depth === 1)?.text ?? '' };
}
