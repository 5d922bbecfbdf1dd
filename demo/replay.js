// The replay page of the demo: language picker, a deep link from the page's query (?start=<product id>), a schedule
// whose first show starts 90 s after the page opened (so the countdown reaches "Live now" and the stage player takes
// over), and the host's own handling of "Remind me" (here: a line of text; a shop would email or push).
const picker = document.getElementById('locale-picker');
picker.value = document.documentElement.lang;
picker.addEventListener('change', () => {
  document.documentElement.lang = picker.value;
  document.getElementById('replay').setAttribute('subtitles-lang', picker.value);
});

const start = new URLSearchParams(location.search).get('start');
if (start) document.getElementById('replay').setAttribute('start-product', start);

const now = Date.now();
const at = (offsetMs) => new Date(now + offsetMs).toISOString();
document.getElementById('schedule').shows = {
  shows: [
    {
      id: 'silk-live',
      title: 'Silk dress try-on with Mei — live from Hangzhou',
      start: at(90_000),
      end: at(3_600_000),
      timeZone: 'Asia/Shanghai',
      streamUrl: '/live/show.m3u8',
      replayUrl: '/live/replay.m3u8',
      products: ['silk-wrap-dress', 'silk-scarf'],
      image: './img/dress-front.svg',
    },
    {
      id: 'scarf-styling',
      title: 'Ten ways to tie a silk scarf',
      start: at(26 * 3_600_000),
      end: at(27 * 3_600_000),
      timeZone: 'Asia/Shanghai',
      products: ['silk-scarf'],
      image: './img/scarf-studio.svg',
    },
    { id: 'spring-2027', title: 'Spring silk (across the US daylight-saving change)', start: '2027-03-14T09:30:00Z', end: '2027-03-14T10:30:00Z', timeZone: 'Asia/Shanghai' },
  ],
};

document.addEventListener('shoplive-remind-me', (event) => {
  document.getElementById('reminder-note').textContent = `The shop would now offer to remind you of "${event.detail.showId}" (email, SMS or push): the SDK stores nothing.`;
});
