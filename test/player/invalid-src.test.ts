import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, mount, nextEvent, recordRequestsStarted, shadowQuery } from '../support/dom.js';

type ErrorDetail = { code: string; message: string; fatal: boolean };

// The stream's faults (404/500 segments, stale playlists, a missing or broken master...) are the fault matrix's, in
// test/faults/. These are the attributes a player refuses before any request.
describe('<shoplive-player> refusing a src it cannot use', () => {
  afterEach(cleanup);

  for (const [src, code] of [
    ['', 'invalid-src'],
    ['not a url', 'invalid-src'],
    ['javascript:alert(document.domain)', 'unsafe-src'],
  ] as const) {
    it(`refuses src "${src}" with ${code} and sends no request`, async () => {
      const started = recordRequestsStarted();
      const player = mount<ShoplivePlayer>(`<shoplive-player loading="eager" autoplay muted></shoplive-player>`);
      player.setAttribute('src', src);
      const error = await nextEvent<ErrorDetail>(player, 'shoplive-error').finally(() => started.stop());
      expect(error.detail.code).to.equal(code);
      expect(error.detail.fatal).to.equal(true);
      await player.updateComplete;
      expect(shadowQuery(player, '[part=error-panel]')!.textContent).to.match(/address/);
      expect(shadowQuery(player, '[part=retry-button]') === null, 'no pointless retry').to.equal(true);
      // The refusal is final: the player started no request and gave the video nothing to load.
      expect(started.urls).to.deep.equal([]);
      expect(shadowQuery<HTMLVideoElement>(player, 'video')!.getAttribute('src')).to.equal(null);
    });
  }
});
