// Self-test of css-api.mjs on a small made-up tree: it must see drift in both directions, parts behind
// interpolations, re-exported parts, lazily imported views, and stop at a nested element.
//
//   node test/architecture/css-api.selftest.mjs
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cssApiProblems } from './css-api.mjs';

const element = (name, comment, body = '') => `${body}\n/**\n * ${name}.\n${comment.map((line) => ` * ${line}`).join('\n')}\n */\nexport class ${name} extends ShopliveElement {}\n`;

function check(tree) {
  const root = mkdtempSync(join(tmpdir(), 'css-api-'));
  try {
    const files = Object.entries(tree).map(([path, text]) => {
      const file = join(root, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    });
    return cssApiProblems(root, files);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const good = {
  'src/card/card.ts': element(
    'Card',
    ['@csspart base - The wrapper.', '@csspart size - A chip.', '@csspart size-checked - The chosen chip.', '@csspart open-button - Opens it.', '@csspart price - Re-exported.', '@cssproperty --shoplive-accent - Accent.', '@cssproperty --shoplive-card-radius - Corners.'],
    `import './card-view.js';\nconst lazy = () => import('./menu.js');\nconst styles = css\`:host { color: var(--shoplive-accent, red); }\`;`,
  ),
  'src/card/card-view.ts': "import { button } from './inner-button.js';\nexport const view = (checked) => html`<div part=\"base\"><span part=\"size${checked ? ' size-checked' : ''}\"></span><x-inner exportparts=\"label: price\"></x-inner></div>`;\nconst r = css`.a { border-radius: var(--shoplive-card-radius, 8px) }`;",
  'src/card/menu.ts': "export const menu = (id) => html`<button part=\"${id}-button\"></button>`;\nmenu('open');",
  // A nested element and the module that registers it: their parts and properties are theirs, not the card's.
  'src/card/inner-button.ts': "import { Inner } from './inner.component.js';\ndefine('x-inner', Inner);",
  'src/card/inner.component.ts': element('Inner', ['@csspart label - The label.', '@cssproperty --shoplive-inner-color - Text.'], 'const s = css`.b { color: var(--shoplive-inner-color) }`;\nconst t = html`<span part="label"></span>`;'),
};

const clean = check(good);
assert.equal(clean.elements, 2);
assert.deepEqual(clean.problems, []);

const drifted = check({
  ...good,
  'src/card/card-view.ts': good['src/card/card-view.ts'].replace('part="base"', 'part="wrapper"').replace('var(--shoplive-card-radius, 8px)', 'var(--shoplive-card-corner, 8px)'),
  'src/card/menu.ts': good['src/card/menu.ts'].replace("menu('open')", "menu('close')"),
});
assert.deepEqual(drifted.problems.sort(), [
  'src/card/card.ts (Card): --shoplive-card-corner is read but has no @cssproperty line',
  'src/card/card.ts (Card): @csspart base is documented but not rendered',
  'src/card/card.ts (Card): @csspart open-button is documented but not rendered',
  'src/card/card.ts (Card): @cssproperty --shoplive-card-radius is documented but not read',
  'src/card/card.ts (Card): part "wrapper" is rendered but has no @csspart line',
  'src/card/card.ts (Card): parts named like "*-button" are rendered but none has a @csspart line',
]);

const undescribed = check({ ...good, 'src/card/card.ts': good['src/card/card.ts'].replace('@csspart base - The wrapper.', '@csspart base') });
assert.deepEqual(undescribed.problems, ['src/card/card.ts (Card): "base" needs a description ("name - description", one item a line)']);

console.log('css-api self-test: drift in both directions, interpolated and re-exported parts, nested elements');
