import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const LOCALES = [
  ['nb', 'Bokmål'],
  ['nn', 'Nynorsk'],
  ['en', 'English'],
] as const;
const THEMES = ['light', 'dark', 'high-contrast'] as const;
const VIEWS = ['settings'] as const;

for (const [locale, languageName] of LOCALES) {
  test(`every view has zero WCAG 2.1 AA violations in ${locale}, in every theme`, async ({
    page,
    preview,
  }) => {
    await page.goto(preview.url);
    await page.getByRole('radio', { name: languageName }).check();
    for (const theme of THEMES) {
      await page.locator(`#theme-${theme}`).check();
      await expect(page.locator('html')).toHaveAttribute(
        'data-color-scheme',
        theme === 'light' ? 'light' : 'dark',
      );
      for (const view of VIEWS) {
        await page.getByRole('navigation').getByRole('button').nth(VIEWS.indexOf(view)).click();
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary, `${locale}/${theme}/${view}`).toEqual([]);
        // Guard against a scan that looked at nothing.
        expect(results.passes.length, 'axe checked rules').toBeGreaterThan(10);
      }
    }
  });
}

test('the layout reflows at 200 % zoom without horizontal scrolling', async ({ page, preview }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
