import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets a CSS custom property on the element through the CSSOM (`style.setProperty`), which a strict
 * Content-Security-Policy allows; a `style="…"` attribute (what Lit's styleMap renders first) would need
 * 'unsafe-inline'. `<span ${cssVar('--_at', '0.25')}>`.
 */
class CssVarDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssVar() goes on an element, not in an attribute or text.');
  }

  render(_name: string, _value: string) {
    return nothing;
  }

  override update(part: ElementPart, [name, value]: [string, string]) {
    (part.element as HTMLElement).style.setProperty(name, value);
    return nothing;
  }
}

export const cssVar = directive(CssVarDirective);
