import { expect, test } from './fixtures';

test('the renderer cannot reach Node or Electron', async ({ page, preview }) => {
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const reach = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
    pustKeys: Object.keys((window as unknown as { pust?: object }).pust ?? {}).sort(),
    frozen: Object.isFrozen((window as unknown as { pust?: object }).pust),
  }));
  expect(reach).toEqual({
    require: 'undefined',
    process: 'undefined',
    ipcRenderer: 'undefined',
    pustKeys: [
      'app',
      'focus',
      'journal',
      'on',
      'policy',
      'print',
      'ritual',
      'settings',
      'team',
      'workday',
    ],
    frozen: true,
  });
});

test('no request leaves 127.0.0.1 while using the app', async ({ page, preview }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(preview.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Innstillinger' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('radio', { name: 'Dark' }).check();
  // Every view, as a person would visit them.
  for (const name of ['Today', 'Tools', 'Journal', 'Settings']) {
    await page.getByRole('navigation').getByRole('button', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
  }
  expect(requests.length).toBeGreaterThan(3);
  expect(
    requests.filter((url) => !url.startsWith(preview.url) && !url.startsWith('data:')),
  ).toEqual([]);
});

test('the page refuses inline script (CSP)', async ({ page, preview }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(preview.url);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  expect(violations.length).toBeGreaterThan(0);
});
