// The panel inside the size helper's dialog: the model (panel-model.ts) rendered through one view per mode. The
// element (size-helper.component.ts) owns the dialog around it.
import type { TemplateResult } from 'lit';
import { formView } from './form-view.js';
import { SizePanelModel } from './panel-model.js';
import { PressGuard } from './press-guard.js';
import { messageView, resultView, tableView } from './result-view.js';
import type { PanelHost, PanelView } from './types.js';

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
    switch (this.model.mode) {
      case 'form':
        return formView(this.model);
      case 'result':
        return resultView(this.model);
      case 'table':
        return tableView(this.model);
      default:
        return messageView(this.model);
    }
  }

  focusStart(): void {
    const invalid = this.model.firstInvalid;
    const selector = this.model.mode === 'form' ? `#${invalid ?? 'height'}-0, #${invalid ?? 'height'}` : '[data-start]';
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }
}
