// The schedule in the shopper's own time zone and language, for shoppers in three zones (DevTools time-zone
// emulation of the page), including a show that crosses the US daylight-saving change (2027-03-14 02:00 local).
import { expect } from '@esm-bundle/chai';
import type { ShopliveSchedule } from '../../src/schedule/schedule.component.js';
import { cleanup, mount, waitFor } from '../support/dom.js';
import { setTimeZone, shownItem, text } from './support.js';

const SRC = '/test/fixtures/schedule.json';

async function scheduleIn(timeZone: string, lang: string): Promise<HTMLElement> {
  await setTimeZone(timeZone);
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(timeZone);
  const schedule = mount<ShopliveSchedule>(`<shoplive-schedule lang="${lang}" schedule-src="${SRC}"></shoplive-schedule>`);
  return shownItem(schedule, 'spring-silk-2027');
}

describe('<shoplive-schedule> across time zones', () => {
  afterEach(async () => {
    cleanup();
    await setTimeZone('');
  });

  it('Los Angeles: starts Sunday 1:30 AM Pacific Standard Time and ends 3:30 AM Pacific Daylight Time', async () => {
    const show = await scheduleIn('America/Los_Angeles', 'en');
    const start = text(show.querySelector('[part=start]'));
    const end = text(show.querySelector('[part=end]'));
    expect(start).to.include('Sunday, March 14');
    expect(start).to.match(/\b1:30\sAM\b/);
    expect(start).to.include('Pacific Standard Time');
    expect(end).to.match(/^until 3:30\sAM Pacific Daylight Time$/);
    expect(show.querySelector('[part=start]')!.getAttribute('datetime')).to.equal('2027-03-14T09:30:00.000Z');
    // The seller's own time, for reference: Hangzhou, 5:30 PM.
    expect(text(show.querySelector('[part=seller-time]'))).to.match(/^Seller's time: Sunday, March 14 at 5:30\sPM China Standard Time$/);
  });

  it('Berlin, in German: Sonntag, 14. März um 10:30 Mitteleuropäische Normalzeit (no change there that day)', async () => {
    const show = await scheduleIn('Europe/Berlin', 'de');
    await waitFor(() => text(show.querySelector('[part=end]')).startsWith('bis'), 'German text');
    const start = text(show.querySelector('[part=start]'));
    expect(start).to.include('Sonntag, 14. März');
    expect(start).to.include('10:30');
    expect(start).to.include('Mitteleuropäische Normalzeit');
    expect(text(show.querySelector('[part=end]'))).to.equal('bis 11:30 Mitteleuropäische Normalzeit');
    // The June show is in summer time in Berlin: 02:00 CEST (08:00 in Shanghai).
    const summer = show.parentElement!.querySelector('[data-show="summer-linen-2027"] [part=start]');
    expect(text(summer)).to.include('02:00');
    expect(text(summer)).to.include('Mitteleuropäische Sommerzeit');
  });

  it('Tokyo, in Japanese: 3月14日 18:30 日本標準時', async () => {
    const show = await scheduleIn('Asia/Tokyo', 'ja');
    await waitFor(() => text(show.querySelector('[part=end]')).endsWith('まで'), 'Japanese text');
    const start = text(show.querySelector('[part=start]'));
    expect(start).to.include('3月14日');
    expect(start).to.include('18:30');
    expect(start).to.include('日本標準時');
    expect(text(show.querySelector('[part=end]'))).to.equal('19:30 日本標準時まで');
  });
});
