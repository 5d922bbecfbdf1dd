// The corpus as product cues in the stream: EXT-X-DATERANGE tags in the live show's playlists (the live server's
// `daterange-stash` mode, one tag per payload, all in one stream) and ID3 TXXX frames handed to the shopping layer
// the way the HLS engine hands them over. A cue naming an unusable id (invisible or control characters, too long) is
// reported once, however often the playlist repeats it; a usable id that is not in the show is never shown.
import { expect } from '@esm-bundle/chai';
import { html, LitElement } from 'lit';
import '../../../src/player/index.js';
import { CommerceController } from '../../../src/commerce/commerce-controller.js';
import type { ShoplivePlayer } from '../../../src/player/player.js';
import { dressInput, scarfInput } from '../../commerce/support.js';
import { cleanup, eventually, mount, waitFor } from '../../support/dom.js';
import { liveOrigin, liveSession } from '../../support/live.js';
import { payloadsFor } from './payloads.js';
import { aboutTheStream, nextTask, expectHarmless, outOfBox, visible, watch, type Report, type Watch } from './probes.js';
import { wellFormed } from './subtitle-text.js';

const INPUT = 'stream-cues';
/** A DATERANGE line must stay under the playlist line limit (4096), or the whole playlist is refused (hostile-stream). */
const cueable = payloadsFor(INPUT, 'text').filter((payload) => String(payload.make()).length < 3500);
/**
 * What an id must be to name a product: trimmed (JavaScript's trim, which takes a BOM too), no invisible or control
 * characters, at most 200 characters.
 */
const usable = (raw: string) => {
  const id = raw.trim();
  return !!id && id.length <= 200 && visible(id) === id && !/[\r\n]/.test(id);
};
const namesIt = (reports: readonly Report[], id: string) =>
  reports.filter((report) => report.kind === 'event' && report.message.includes(`"${visible(id.trim()).slice(0, 30)}`));

class CommerceHost extends LitElement {
  readonly commerce = new CommerceController(this, { video: () => this.renderRoot.querySelector('video') });
  protected override render() {
    return html`<div style="position: relative; width: 360px; height: 640px"><video muted playsinline></video>${this.commerce.render()}</div>`;
  }
}
customElements.define('corpus-commerce-host', CommerceHost);

/** An ID3v2.4 tag with one TXXX frame: description X-PRODUCT-ID, value `id` (UTF-8). */
function id3Tag(id: string): Uint8Array {
  const encoder = new TextEncoder();
  const syncsafe = (n: number) => [(n >> 21) & 0x7f, (n >> 14) & 0x7f, (n >> 7) & 0x7f, n & 0x7f];
  const value = encoder.encode(id);
  const description = encoder.encode('X-PRODUCT-ID');
  const bodyLength = 1 + description.length + 1 + value.length;
  const tag = new Uint8Array(10 + 10 + bodyLength);
  tag.set([0x49, 0x44, 0x33, 4, 0, 0, ...syncsafe(10 + bodyLength)], 0);
  tag.set([...encoder.encode('TXXX'), ...syncsafe(bodyLength), 0, 0, 3, ...description, 0], 10);
  tag.set(value, 20 + 1 + description.length + 1);
  return tag;
}

describe('hostile corpus: product cues in the stream', function () {
  this.timeout(60_000);
  let probes: Watch | undefined;
  afterEach(() => {
    probes?.stop();
    probes = undefined;
    cleanup();
  });

  it(`${cueable.length} payloads as EXT-X-DATERANGE product ids of one show: each unusable id reported once`, async () => {
    const session = liveSession({ hostile: 'daterange-stash' });
    const ids = cueable.map((payload) => String(payload.make()));
    const stashed = await fetch(`${liveOrigin}/__hostile?sid=${session.sid}`, { method: 'PUT', body: JSON.stringify({ productIds: ids }) });
    expect(stashed.status).to.equal(204);
    probes = watch();
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" style="width: 360px" src="${session.show}" autoplay muted></shoplive-player>`);
    player.products = [dressInput('corpus-dress'), scarfInput('corpus-scarf')];
    await waitFor(() => player.state === 'playing', 'playing', 20_000);
    // Start-up (modules, hls.js, the first frames) is not the payload's doing: from here, every reload re-reads the tags.
    probes.restartTiming();
    // Three more playlist reloads repeat every tag: still one report each.
    const reloads = async () => (await session.requests()).filter((request) => /^\/live\/show\/[^/]+\/index\.m3u8$/.test(request.path)).length;
    const before = await reloads();
    await eventually(async () => (await reloads()) >= before + 3, 'three playlist reloads', 30_000);
    const reports = probes.reports;
    for (const [index, payload] of cueable.entries()) {
      // The server writes the id as given; a quote ends the attribute there (what hls.js then reads is not ours to say).
      const id = wellFormed(ids[index]!).replace(/[\r\n]+/g, ' ');
      if (id.includes('"')) continue;
      const mine = namesIt(reports, id);
      if (usable(id)) expect(mine.length, `${payload.name}: a usable id not in the show, at most one report`).to.be.at.most(1);
      else expect(mine.map((report) => report.message), `${payload.name}: reported once`).to.have.length(1);
    }
    // The stream's own health reports (a stall on a loaded machine may repeat) are not about the ids.
    const messages = reports.filter((report) => !aboutTheStream(report, reports)).map((report) => report.message);
    expect(new Set(messages).size, `no report twice: ${JSON.stringify(messages.filter((message, i) => messages.indexOf(message) !== i))}`).to.equal(messages.length);
    const card = player.shadowRoot!.querySelector('shoplive-product-cards');
    const title = card?.shadowRoot?.querySelector('[part~=title]')?.textContent?.trim() ?? '';
    expect(['', 'Mulberry Silk Wrap Dress', 'Silk Twill Scarf'], 'only the show\'s own products are shown').to.include(title);
    expectHarmless(probes, 'DATERANGE product ids', [player.shadowRoot!]);
    expect(outOfBox(player), 'layout').to.deep.equal([]);
  });

  for (const payload of payloadsFor(INPUT, 'text')) {
    it(`ID3 TXXX product id: ${payload.name}`, async () => {
      const id = String(payload.make());
      const tag = id3Tag(id);
      const host = mount<CommerceHost>('<corpus-commerce-host></corpus-commerce-host>');
      host.commerce.setProducts([dressInput('corpus-dress-id3'), scarfInput('corpus-scarf-id3')]);
      await host.updateComplete;
      const decoded = wellFormed(id).replace(/\u0000+$/, '');
      const isUsable = usable(decoded);
      await nextTask();
      probes = watch();
      host.commerce.metadata({ kind: 'id3', data: tag, pts: 0 });
      host.commerce.metadata({ kind: 'id3', data: tag, pts: 0.5 });
      if (isUsable) {
        // Presented at media time 0 (the video has not started): the cards refuse an id that is not in the show.
        await waitFor(() => probes!.reports.some((report) => report.kind === 'event'), 'the report');
        expect(namesIt(probes.reports, decoded).map((report) => report.message)).to.deep.equal([`the stream presented "${visible(decoded.trim()).slice(0, 80)}", which is not a product of this show; ignored.`]);
      } else {
        await waitFor(() => probes!.reports.some((report) => report.kind === 'event'), 'the report');
        expect(namesIt(probes.reports, decoded).map((report) => report.message), `${payload.name}: reported once`).to.have.length(1);
      }
      expectHarmless(probes, `${payload.name} as ID3`, [host.shadowRoot!]);
    });
  }
});
