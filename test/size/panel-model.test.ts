// The size panel's model on its own: state and transitions with no template and no DOM around it (the views and the
// element are tested through the widget in widget*.test.ts).
import { expect } from '@esm-bundle/chai';
import { LocaleController } from '../../src/i18n/locale-controller.js';
import { recommendSize } from '../../src/size/index.js';
import { sizeMessages } from '../../src/size/widget/messages/index.js';
import { SizePanelModel } from '../../src/size/widget/panel-model.js';
import type { PanelHost, SizeRecommendedDetail } from '../../src/size/widget/types.js';
import { loadJson } from './support.js';

const STORAGE_KEY = 'shoplive:size-profile';

/** What the model asked of its host and of the panel around it. */
interface Recorded {
  updates: number;
  announced: string[];
  chosen: SizeRecommendedDetail[];
  focused: string[];
}

function model(settings: { units?: string; shareProfile?: boolean } = {}): { panel: SizePanelModel; seen: Recorded } {
  const seen: Recorded = { updates: 0, announced: [], chosen: [], focused: [] };
  // A plain object as the element: the model reads settings and calls back, and never renders or queries the DOM.
  const host = {
    units: settings.units ?? 'metric',
    system: '',
    shareProfile: settings.shareProfile ?? false,
    activeProductId: 'dress',
    addController() {},
    removeController() {},
    requestUpdate: () => void seen.updates++,
    updateComplete: Promise.resolve(true),
    announce: (message: string) => void seen.announced.push(message),
    chooseSize: (detail: SizeRecommendedDetail) => void seen.chosen.push(detail),
    reportProblem() {},
  } as unknown as PanelHost;
  Object.assign(host, { i18n: new LocaleController(host, [sizeMessages]) });
  const panel = new SizePanelModel(host, { focusAfterUpdate: (selector) => void seen.focused.push(selector), afterPress: (work) => work() });
  return { panel, seen };
}

describe('size panel model', () => {
  let chart: unknown;
  before(async () => {
    chart = await loadJson('../../demo/size-chart.json');
  });
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('goes from the form to the engine\'s answer, announces it and moves focus to it', () => {
    const { panel, seen } = model();
    panel.setChart(chart, 'dress');
    expect(panel.mode).to.equal('form');
    panel.input('height', 0, '165');
    panel.input('weight', 0, '55');
    panel.submit();
    const expected = recommendSize({ heightCm: 165, weightKg: 55, fit: 'regular' }, chart);
    if (!expected.ok) throw new Error(expected.message);
    expect(panel.mode).to.equal('result');
    expect(panel.result?.label).to.equal(expected.label);
    expect(seen.announced).to.have.length(1);
    expect(seen.announced[0]).to.include(expected.label);
    expect(seen.focused).to.deep.equal(['[data-start]']);
    expect(seen.updates).to.be.greaterThan(0);
  });

  it('keeps the form and points focus at the first wrong field when a value is out of range', () => {
    const { panel, seen } = model();
    panel.setChart(chart, 'dress');
    panel.input('height', 0, '165');
    panel.input('weight', 0, '5000');
    panel.submit();
    expect(panel.mode).to.equal('form');
    expect(Object.keys(panel.errors)).to.deep.equal(['weight']);
    expect(seen.focused).to.deep.equal(['#weight-0']);
    expect(seen.announced).to.deep.equal([]);
  });

  it('shows what was typed in the other units and back again, unchanged', () => {
    const { panel } = model();
    panel.setChart(chart, 'dress');
    panel.input('height', 0, '165');
    panel.setUnits('imperial');
    expect(panel.heightUnit).to.equal('ft-in');
    expect(panel.shown('height')).to.deep.equal(['5', '5']);
    panel.setUnits('metric');
    expect(panel.shown('height')).to.deep.equal(['165']);
  });

  it('sends the entries with the size only when the host offers sharing and the shopper agreed', () => {
    for (const [shareProfile, consent, sent] of [
      [false, true, false],
      [true, false, false],
      [true, true, true],
    ] as const) {
      const { panel, seen } = model({ shareProfile });
      panel.setChart(chart, 'dress');
      panel.input('height', 0, '165');
      panel.input('weight', 0, '55');
      panel.submit();
      panel.setShareConsent(consent);
      panel.use();
      expect(seen.chosen).to.have.length(1);
      expect(seen.chosen[0]!.productId).to.equal('dress');
      expect('profile' in seen.chosen[0]!, `share-profile ${shareProfile}, consent ${consent}`).to.equal(sent);
    }
  });
});
