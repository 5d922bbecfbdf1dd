import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { cleanup, waitFor } from '../support/dom.js';
import { activeId, box, demoChart, exists, mountHelper, open, q, submit, text, type Helper } from './widget-helpers.js';

/** The panel once it stopped moving (two frames with the same box). */
async function still(helper: Helper): Promise<void> {
  const panel = q(helper, '#panel')!;
  let last = '';
  for (let frame = 0; frame < 120; frame++) {
    await new Promise(requestAnimationFrame);
    const now = JSON.stringify(box(panel));
    if (now === last) return;
    last = now;
  }
  throw new Error('the panel never settled');
}

/** A real press of the mouse at a point (down and up are separate browser input events, as a finger's are). */
async function tapAt(x: number, y: number): Promise<void> {
  await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'up' });
}

const imperialLabel = (helper: Helper) => q<HTMLInputElement>(helper, 'input[name=units][value=imperial]')!.closest('label')!;

describe('<shoplive-size-helper> taps in the mobile bottom sheet', () => {
  let chart: Record<string, unknown>;

  before(async () => {
    chart = await demoChart();
  });

  afterEach(async () => {
    cleanup();
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  // A phone tall enough that the sheet is as tall as its content: it grows and shrinks from the bottom edge.
  const phone = { width: 390, height: 844 };

  it('keeps the first tap on the unit toggle after a failed submit', async () => {
    await setViewport(phone);
    const helper = mountHelper('units="metric"', chart);
    await open(helper);
    expect(q(helper, '#panel')!.dataset['mode']).to.equal('sheet');
    await submit(helper);
    await helper.updateComplete;
    expect(text(helper, '#height-error')).to.equal('Enter your height.');
    expect(activeId(helper)).to.equal('height-0');
    await still(helper);

    // Near the top of the toggle: where a shift of one message line moves it out from under the pointer.
    const toggle = box(imperialLabel(helper));
    await tapAt(toggle.left + toggle.width / 2, toggle.top + 6);
    await helper.updateComplete;
    expect(q<HTMLInputElement>(helper, 'input[name=units][value=imperial]')!.checked, 'imperial chosen by the first tap').to.equal(true);
    expect(exists(helper, '#height-1'), 'feet and inches inputs').to.equal(true);
    // The messages of the failed submit are still there, now in the shopper's new units.
    expect(text(helper, '#height-error')).to.equal('Enter your height.');
  });

  it('keeps a tap whose blur brings up a new message, and shows the message after the tap', async () => {
    await setViewport(phone);
    const helper = mountHelper('units="metric"', chart);
    await open(helper);
    await still(helper);
    const input = q<HTMLInputElement>(helper, '#height-0')!;
    const toggle = box(imperialLabel(helper));
    await tapAt(input.getBoundingClientRect().left + 20, input.getBoundingClientRect().top + 10);
    expect(activeId(helper)).to.equal('height-0');
    await sendKeys({ type: '17' });
    await helper.updateComplete;
    expect(text(helper, '#height-error'), 'no message while typing a first value').to.equal('');
    const moves: number[] = [];
    const label = imperialLabel(helper);
    input.addEventListener('blur', () => requestAnimationFrame(() => moves.push(label.getBoundingClientRect().top - toggle.top)), { once: true });

    // Near the bottom of the toggle: the message below grows the sheet upwards, which would lift the toggle away.
    await tapAt(toggle.left + toggle.width / 2, toggle.bottom - 6);
    await helper.updateComplete;
    expect(q<HTMLInputElement>(helper, 'input[name=units][value=imperial]')!.checked, 'imperial chosen by the tap').to.equal(true);
    expect(moves, 'the toggle stayed put until the tap was done').to.deep.equal([0]);
    await waitFor(() => text(helper, '#height-error') === 'Enter a height between 3 ft 4 in and 7 ft 6 in.', 'the message, in the new units');
    await still(helper);
    expect(box(imperialLabel(helper)).top, 'the sheet grew once the tap was done').to.be.below(toggle.top - 10);
  });
});
