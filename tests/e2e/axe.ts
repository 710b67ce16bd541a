import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The looks a check of pictures and axe covers: each language once and each theme once. */
export const LOOKS = [
  ['nb', 'light'],
  ['nn', 'dark'],
  ['en', 'high-contrast'],
] as const;

/** The preview's dev panel: a stand-in for the tray, not part of the app a person sees. */
export const DEV_PANEL = '[data-testid="dev-panel"]';

/**
 * Scans the page as it is against WCAG 2.1 A and AA, all of it or all but `exclude` (a selector);
 * fails naming each violation and its nodes.
 */
export async function expectNoViolations(
  page: Page,
  where: string,
  options: { exclude?: string } = {},
): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (options.exclude) builder.exclude(options.exclude);
  const results = await builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, where).toEqual([]);
  // Guard against a scan that looked at nothing.
  expect(results.passes.length, `axe checked rules (${where})`).toBeGreaterThan(10);
}
