// The panel inside the size helper's dialog: the model (panel-model.ts) rendered through one view per mode. The
// element (size-helper.component.ts) owns the dialog around it.
import type { TemplateResult } from 'lit';
import { formView } from './form-view.js';
import { SizePanelModel } from './panel-model.js';
import { PressGuard } from './press-guard.js';
import { messageView, resultView, tableView } from './result-view.js';
import type { PanelHost, PanelView } from './types.js';
import type { PanelMode } from './view-models.js';

/** One view per mode, each typed by the narrow interface it reads (view-models.ts), which the model implements. */
const VIEWS: Readonly<Record<PanelMode, (model: SizePanelModel) => TemplateResult>> = {
  form: formView,
  result: resultView,
  table: tableView,
  message: messageView,
};

export function createPanel(host: PanelHost): PanelView {
  return new SizePanel(host);
}

class SizePanel implements PanelView {
  private readonly model: SizePanelModel;

  constructor(private readonly host: PanelHost) {
    const press = new PressGuard(host);
    this.model = new SizePanelModel(host, {
      focusAfterUpdate: (selector) => void host.updateComplete.then(() => host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus()),
      afterPress: (work) => press.run(work),
    });
  }

  setChart(chart: unknown, key: string): void {
    this.model.setChart(chart, key);
  }

  render(): TemplateResult {
    return VIEWS[this.model.mode](this.model);
  }

  focusStart(): void {
    const invalid = this.model.firstInvalid;
    const selector = this.model.mode === 'form' ? `#${invalid ?? 'height'}-0, #${invalid ?? 'height'}` : '[data-start]';
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }
}
