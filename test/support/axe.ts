// axe-core in the test page, loaded as a plain module import of its browser build (no eval of its source, no inline
// script): the file sets `window.axe`. Open shadow roots are walked by axe itself.
import 'axe-core/axe.min.js';
import type { AxeResults, ElementContext, Result } from 'axe-core';

interface Axe {
  run(context: ElementContext, options: { resultTypes: string[] }): Promise<AxeResults>;
}

const axe = (window as unknown as { axe: Axe }).axe;

/** What is wrong, one line per failing node: rule, impact, where (a selector path through shadow roots), why. */
function describe(violation: Result): string[] {
  return violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${JSON.stringify(node.target)} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`);
}

/** The serious and critical violations axe finds in `context` (an element and its shadow trees, or the document). */
export async function seriousViolations(context: ElementContext): Promise<string[]> {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').flatMap(describe);
}
