// The first answer does not pay for the answerer's one-time work: prepareAnswerer (called by the widget while the
// page is idle) builds the keyword index (with the keywords of the locale's script) and the locale's country names
// ahead of it. Observed through the Intl region-name lookups the country index makes (the only ones created with
// fallback: 'none') and the page's resource timings.
import { expect } from '@esm-bundle/chai';
import { answerQuestion, prepareAnswerer } from '../../src/assistant/index.js';
import '../../src/assistant/widget/shoplive-assistant.js';
import { cleanup, mount, waitFor } from '../support/dom.js';
import { shirtInput } from './support.js';

const indexBuilds: string[] = [];
const Original = Intl.DisplayNames;
class Counting extends Original {
  constructor(locales: Intl.LocalesArgument, options: Intl.DisplayNamesOptions) {
    super(locales, options);
    if (options.fallback === 'none') indexBuilds.push(String(locales));
  }
}

describe('prepareAnswerer', () => {
  before(() => {
    (Intl as { DisplayNames: typeof Intl.DisplayNames }).DisplayNames = Counting;
  });
  after(() => {
    (Intl as { DisplayNames: typeof Intl.DisplayNames }).DisplayNames = Original;
    cleanup();
  });

  it('builds the locale\'s country names before the first question, which then builds none', async () => {
    await prepareAnswerer('de');
    expect(indexBuilds).to.include.members(['de', 'en']);
    const built = indexBuilds.length;
    const result = await answerQuestion('Versand nach Kanada?', { product: shirtInput(), locale: 'de' });
    expect(result.ok && result.sources).to.deep.equal(['shipping.countries']);
    expect(indexBuilds.length).to.equal(built);
  });

  it('fetches the keywords of the locale\'s script, so the first Arabic question waits for nothing', async () => {
    const fetched = () => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith('/src/assistant/words/ar.ts'));
    expect(fetched()).to.equal(false);
    await prepareAnswerer('ar');
    expect(fetched()).to.equal(true);
  });

  it('is called by a connected widget while the page is idle', async () => {
    mount('<div lang="ja"><shoplive-assistant product-id="none"></shoplive-assistant></div>');
    await waitFor(() => indexBuilds.includes('ja'), 'the Japanese country names built at idle time');
  });
});
