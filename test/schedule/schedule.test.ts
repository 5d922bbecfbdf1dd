// <shoplive-schedule>: calendar files that a real iCalendar parser reads back, a countdown that reaches "Live now",
// a start passed without a stream, "Remind me", and refused input.
import { expect } from '@esm-bundle/chai';
import ICAL from 'ical.js';
import type { ShopliveSchedule } from '../../src/schedule/schedule.component.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import '../../src/player/index.js';
import { cleanup, decodedFrames, eventually, mount, nextEvent, recordEvents, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { shownItem, showIn, text } from './support.js';

function scheduleOf(shows: unknown, attributes = ''): ShopliveSchedule {
  const schedule = mount<ShopliveSchedule>(`<shoplive-schedule lang="en" ${attributes}></shoplive-schedule>`);
  schedule.shows = shows;
  return schedule;
}

describe('<shoplive-schedule>', () => {
  afterEach(cleanup);

  it('"Add to calendar": an .ics file an iCalendar parser reads back with the same instants, escaped text and folded lines', async () => {
    const title = 'Silk, scarves; and \\ more: a very long title that certainly needs folding in the calendar file, 丝绸直播';
    const schedule = scheduleOf([{ id: 'silk-1', title, start: '2027-03-14T09:30:00Z', end: '2027-03-14T10:30:00+00:00', streamUrl: 'https://shop.example/live/silk-1' }]);
    const show = await shownItem(schedule, 'silk-1');
    const link = show.querySelector<HTMLAnchorElement>('[part=ics-link]')!;
    expect(link.download).to.equal('silk-1.ics');
    const ics = await (await fetch(link.href)).text();
    expect(ics.endsWith('\r\n')).to.equal(true);
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length, line).to.be.at.most(75);
    expect(ics).to.match(/\r\n [^\r\n]/, 'long lines are folded');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).to.equal(title);
    expect(event.uid).to.equal(`silk-1@${location.hostname}`);
    expect(event.startDate.toJSDate().getTime()).to.equal(Date.parse('2027-03-14T09:30:00Z'));
    expect(event.endDate.toJSDate().getTime()).to.equal(Date.parse('2027-03-14T10:30:00Z'));
    expect(event.startDate.zone?.tzid).to.equal('UTC');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('url')).to.equal('https://shop.example/live/silk-1');
    expect(vevent.getFirstPropertyValue('dtstamp')).to.not.equal(null);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    // The web calendars get the same instants.
    const google = new URL(show.querySelector<HTMLAnchorElement>('[part=google-link]')!.href);
    expect(google.searchParams.get('dates')).to.equal('20270314T093000Z/20270314T103000Z');
    expect(google.searchParams.get('text')).to.equal(title);
    const outlook = new URL(show.querySelector<HTMLAnchorElement>('[part=outlook-link]')!.href);
    expect(outlook.searchParams.get('startdt')).to.equal('2027-03-14T09:30:00.000Z');
    expect(outlook.searchParams.get('enddt')).to.equal('2027-03-14T10:30:00.000Z');
  });

  it('counts down to the next show and says "Live now" when it starts; the named player takes over', async function () {
    this.timeout(20_000);
    mount('<shoplive-player id="stage"></shoplive-player>');
    const stream = liveSession();
    const schedule = scheduleOf([showIn('soon', 2500, { streamUrl: stream.master, replayUrl: 'https://shop.example/replay/soon.m3u8' }), showIn('later', 86_400_000)], 'player="stage"');
    const show = await shownItem(schedule, 'soon');
    const countdown = show.querySelector('[part=countdown]');
    expect(text(countdown)).to.match(/^Starts in [1-3] seconds?$/);
    expect(countdown!.getAttribute('role')).to.equal('timer');
    expect(schedule.shadowRoot!.querySelectorAll('[part=countdown]').length, 'only the next show counts down').to.equal(1);
    const live = nextEvent<{ showId: string; streamUrl: string }>(schedule, 'shoplive-show-live');
    await waitFor(() => text(showItem()?.querySelector('[part=status]')) === 'Live now', '"Live now"', 10_000);
    expect(showItem()!.getAttribute('data-status')).to.equal('live');
    expect(showItem()!.querySelector<HTMLAnchorElement>('[part=watch-link]')!.href).to.equal(stream.master);
    expect((await live).detail).to.deep.equal({ showId: 'soon', streamUrl: stream.master });
    const stage = document.getElementById('stage')!;
    expect(stage.getAttribute('src')).to.equal(stream.master);
    expect(stage.getAttribute('replay-src')).to.equal('https://shop.example/replay/soon.m3u8');
    // The countdown moved on to the next show.
    expect(text(schedule.shadowRoot!.querySelector('[data-show=later] [part=countdown]'))).to.match(/^Starts in 23 hours, 59 minutes$/);

    function showItem() {
      return schedule.shadowRoot!.querySelector('[data-show=soon]');
    }
  });

  it('a start passed without a stream says "starting soon", kindly; an ended show offers its replay', async () => {
    const schedule = scheduleOf([showIn('late', -60_000), showIn('past', -7200_000, { endInMs: -3600_000, replayUrl: '/live/replay.m3u8' })]);
    const late = await shownItem(schedule, 'late');
    expect(late.getAttribute('data-status')).to.equal('starting-soon');
    expect(text(late.querySelector('[part=status]'))).to.equal('Starting soon: the seller is getting ready.');
    expect(late.querySelector('[part=watch-link]')).to.equal(null);
    const past = schedule.shadowRoot!.querySelector('[data-show=past]')!;
    expect(text(past.querySelector('[part=status]'))).to.equal('This show has ended.');
    expect(past.querySelector<HTMLAnchorElement>('[part=replay-link]')!.href).to.equal(new URL('/live/replay.m3u8', document.baseURI).href);
  });

  it('a start passed but the stream not up yet (404 for a few seconds): "starting soon", then "Live now" and the player plays', async function () {
    this.timeout(90_000);
    const stage = mount<ShoplivePlayer>('<shoplive-player id="stage" muted></shoplive-player>');
    const events = recordEvents(stage, ['shoplive-error']);
    const stream = liveSession({ notyet: 4 });
    const schedule = scheduleOf([showIn('late-seller', -60_000, { streamUrl: stream.master })], 'player="stage"');
    const show = await shownItem(schedule, 'late-seller');
    expect(show.getAttribute('data-status')).to.equal('starting-soon');
    expect(text(show.querySelector('[part=status]'))).to.equal('Starting soon: the seller is getting ready.');
    expect(show.querySelector('[part=watch-link]'), 'no link to a stream that does not answer').to.equal(null);
    await eventually(async () => (await stream.requests()).some((request) => request.path.endsWith('master.m3u8') && request.status === 404), 'the stream asked and not up yet');
    expect(stage.getAttribute('src') ?? '', 'the player is not handed a stream that fails').to.equal('');
    await waitFor(() => show.getAttribute('data-status') === 'live' && text(show.querySelector('[part=status]')) === 'Live now', '"Live now" once the stream answers', 30_000);
    expect(stage.getAttribute('src')).to.equal(stream.master);
    (await waitFor(() => shadowQuery<HTMLButtonElement>(stage, '[part=big-play-button]'), 'the play button')).click();
    const video = await waitFor(() => shadowQuery<HTMLVideoElement>(stage, 'video'), 'the video');
    expect((await decodedFrames(video, 3, 45_000)).length).to.equal(3);
    expect(events.filter((event) => (event.detail as { fatal?: boolean }).fatal).map((event) => JSON.stringify(event.detail)), 'no fatal error').to.deep.equal([]);
    const masters = (await stream.requests()).filter((request) => request.path.endsWith('master.m3u8')).map((request) => request.status);
    expect(masters.indexOf(200), `master answers ${masters.join(', ')}`).to.be.above(0);
    expect(masters.length, 'bounded asks with backoff, not a tight loop').to.be.below(8);
  });

  it('a player set to autoplay starts by itself when the schedule hands it the live stream', async function () {
    this.timeout(60_000);
    const stage = mount<ShoplivePlayer>('<shoplive-player id="stage" autoplay muted></shoplive-player>');
    const stream = liveSession();
    const schedule = scheduleOf([showIn('on-air', -60_000, { streamUrl: stream.master })], 'player="stage"');
    const show = await shownItem(schedule, 'on-air');
    await waitFor(() => show.getAttribute('data-status') === 'live', '"Live now"', 30_000);
    const video = await waitFor(() => shadowQuery<HTMLVideoElement>(stage, 'video'), 'the video');
    expect((await decodedFrames(video, 3, 30_000)).length).to.equal(3);
    await waitFor(() => stage.state === 'playing', () => `the player to be playing (it is ${stage.state})`, 15_000);
  });

  it('"Remind me" fires shoplive-remind-me { showId } and stores nothing about the shopper', async () => {
    const stored = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
    const schedule = scheduleOf([showIn('next-week', 7 * 86_400_000)]);
    const show = await shownItem(schedule, 'next-week');
    const remind = nextEvent<{ showId: string }>(document, 'shoplive-remind-me');
    show.querySelector<HTMLButtonElement>('[part=remind-button]')!.click();
    const event = await remind;
    expect(event.detail).to.deep.equal({ showId: 'next-week' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }).to.deep.equal(stored);
  });

  it('refuses bad entries with a reason each, keeps text as text, and guards URLs', async () => {
    const errors: string[] = [];
    const onError = (event: Event) => errors.push((event as CustomEvent<{ message: string }>).detail.message);
    document.addEventListener('shoplive-error', onError);
    const schedule = scheduleOf([
      showIn('ok', 3600_000, { title: '<img src=x onerror=alert(1)>Silk', image: 'javascript:alert(1)', streamUrl: 'https://user:pw@evil.example/' }),
      { id: 'local-time', title: 'No zone', start: '2027-03-14T09:30:00', end: '2027-03-14T10:30:00' },
      { id: 'backwards', title: 'Backwards', start: '2027-03-14T10:30:00Z', end: '2027-03-14T09:30:00Z' },
      { title: 'No id', start: '2027-03-14T09:30:00Z', end: '2027-03-14T10:30:00Z' },
      showIn('ok', 7200_000),
    ]);
    const show = await shownItem(schedule, 'ok');
    document.removeEventListener('shoplive-error', onError);
    expect(schedule.shadowRoot!.querySelectorAll('[part=show]').length).to.equal(1);
    expect(text(show.querySelector('[part=title]'))).to.equal('<img src=x onerror=alert(1)>Silk');
    expect(show.querySelector('img'), 'no image from a javascript: URL, no markup from the title').to.equal(null);
    for (const fragment of ['shows[0].image', 'shows[0].streamUrl', 'shows[1]: start and end', 'shows[2]: end must come after', 'shows[3]: needs a unique id', 'shows[4]: needs a unique id']) {
      expect(errors.some((message) => message.includes(fragment)), `${fragment} in ${errors.join(' | ')}`).to.equal(true);
    }
  });

  it('a schedule-src that is not http(s) is refused with a message and a kind error line', async () => {
    const errors: string[] = [];
    document.addEventListener('shoplive-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message), { once: true });
    const big = `data:application/json,${'x'.repeat(10)}`;
    const schedule = mount<ShopliveSchedule>(`<shoplive-schedule lang="en" schedule-src="${big}"></shoplive-schedule>`);
    await waitFor(() => schedule.shadowRoot!.querySelector('[part=error]'), 'the error line');
    expect(text(schedule.shadowRoot!.querySelector('[part=error]'))).to.equal('The schedule could not be loaded.');
    expect(errors[0]).to.include('only http(s)');
  });
});
