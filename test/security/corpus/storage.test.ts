// The corpus as values read back from localStorage, which any script of the shop's origin can write: the size
// helper's remembered profile ("Remember me in this browser") and the player's subtitle choices. A stored value that
// is not what the SDK wrote is not used, is removed (the profile), and is warned about once.
import { expect } from '@esm-bundle/chai';
import '../../../src/player/index.js';
import type { ShoplivePlayer } from '../../../src/player/player.js';
import { PROFILE_STORAGE_KEY } from '../../../src/size/widget/constants.js';
import { cleanup, mount, waitFor } from '../../support/dom.js';
import { demoChart, exists, mountHelper, open, q } from '../../size/widget-helpers.js';
import { payloadsFor, type Payload } from './payloads.js';
import { nextTask, expectHarmless, expectReports, outOfBox, watch, type Watch } from './probes.js';

const SUBTITLES_KEY = 'shoplive:subtitles';
const profile = (fields: Record<string, unknown>) => JSON.stringify({ v: 2, savedAt: Date.now(), heightCm: 165, weightKg: 55, fit: 'regular', units: 'metric', ...fields });

/** What each payload is, stored: a text in the profile's `fit` and `system`, a number as the height, a value as the record. */
function stored(payload: Payload): string {
  const value = payload.make();
  if (payload.form === 'text') return profile({ fit: value, system: value });
  if (payload.form === 'number') return profile({ heightCm: value });
  return JSON.stringify(value);
}

describe('hostile corpus: values read back from localStorage', () => {
  let probes: Watch | undefined;
  afterEach(() => {
    probes?.stop();
    probes = undefined;
    cleanup();
    localStorage.removeItem(PROFILE_STORAGE_KEY);
    localStorage.removeItem(SUBTITLES_KEY);
  });

  for (const payload of payloadsFor('storage')) {
    it(`remembered size profile: ${payload.name}`, async () => {
      localStorage.setItem(PROFILE_STORAGE_KEY, stored(payload));
      await nextTask();
      probes = watch();
      const helper = mountHelper('lang="en" units="metric" style="display: block; max-width: 360px"', await demoChart());
      await open(helper);
      await waitFor(() => exists(helper, '[part=form]'), 'the form (nothing restored)');
      expect(exists(helper, '[part=result]'), 'no size from the stored value').to.equal(false);
      expect(localStorage.getItem(PROFILE_STORAGE_KEY), 'the stored value is removed').to.equal(null);
      expectHarmless(probes, `${payload.name} in the stored profile`, [helper.shadowRoot!]);
      expect(outOfBox(q(helper, '#panel')!), 'layout').to.deep.equal([]);
      expectReports(probes.reports, true, payload.name, /^\[shoplive\] localStorage "shoplive:size-profile" (is longer than 8192 characters|is not a record|is not version 2|has no valid savedAt|holds values out of range or of the wrong type); removed\.$/);
    });
  }

  for (const payload of payloadsFor('storage', 'text', 'value')) {
    it(`subtitle choices: ${payload.name}`, async () => {
      const value = payload.make();
      localStorage.setItem(SUBTITLES_KEY, payload.form === 'text' ? JSON.stringify({ lang: value, size: value }) : JSON.stringify(value));
      await nextTask();
      probes = watch();
      const player = mount<ShoplivePlayer>('<shoplive-player lang="en" subtitles-lang="en" style="width: 360px"></shoplive-player>');
      expect(player.addCue({ start: 0, end: 5, text: 'corpus caption', lang: 'en' }), 'addCue').to.equal(true);
      const area = await waitFor(() => player.shadowRoot!.querySelector('[part=subtitles]'), 'the caption drawn');
      expect(area.getAttribute('data-size'), 'a size of ours').to.equal('medium');
      expectHarmless(probes, `${payload.name} in the stored subtitle choices`, [player.shadowRoot!]);
      expect(outOfBox(player), 'layout').to.deep.equal([]);
      expectReports(probes.reports.filter((report) => report.message.includes(SUBTITLES_KEY)), true, payload.name, /^\[shoplive\] localStorage "shoplive:subtitles" holds values out of range or of the wrong type; they are not used\.$/);
    });
  }
});
