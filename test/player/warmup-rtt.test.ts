// The warm-up picks the first segment's rendition for the connection it will travel on: a host whose first response
// took long is far away, and a sharper first segment would cost extra round trips of slow start there.
import { expect } from '@esm-bundle/chai';
import { saveBandwidth } from '../../src/player/start-level.js';
import { abandonWarmup, warmUp } from '../../src/player/warmup.js';
import { liveSession } from '../support/live.js';

describe('warm-up start rendition on a young connection', () => {
  const box = { width: 640, height: 360 };
  afterEach(() => localStorage.removeItem('shoplive:bandwidth'));

  it('starts on the smallest rendition when the master took three far round trips, despite a fast saved estimate', async () => {
    // Last visit measured 20 Mb/s: by bandwidth alone the 640x360 player would start on 360p.
    saveBandwidth(20_000_000);
    // Every response of this session waits 900 ms: the master looks like TCP + TLS + request at 300 ms RTT.
    const far = liveSession({ delay: 900 }).master;
    const plan = await warmUp(far, box);
    abandonWarmup(far);
    expect(plan?.start?.height).to.equal(180);
  });
});
