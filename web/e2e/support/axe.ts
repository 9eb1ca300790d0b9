import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** What an axe violation says, short enough to read in a failed assertion. */
export type A11yProblem = { rule: string; impact: string; help: string; targets: string[] };

/**
 * The serious and critical accessibility problems axe-core finds on the page as it is now
 * (WCAG 2.1 A and AA rules). A test asserts the list is empty, so a failure names each problem.
 */
export async function seriousA11yProblems(page: Page, within?: string): Promise<A11yProblem[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  // `within` (a CSS selector) checks one screen's part of the page, not the shell around it.
  const { violations } = await (within ? builder.include(within) : builder).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}
