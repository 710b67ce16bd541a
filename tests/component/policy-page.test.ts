import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPolicy } from '../../electron/core/policy/open-policy';
import { folderPolicySources } from '../../electron/core/policy/sources';
import App from '../../src/App.svelte';
import { tempDir } from '../support/core-harness';
import { RecordingLogger } from '../support/fakes';
import { installPust } from './pust-in-memory';

/** A real core whose policy comes from a folder laid out like /etc/pust. */
async function installWithPolicy(language: 'nb' | 'nn' | 'en') {
  const root = tempDir('pust-policy-');
  const managed = join(root, 'policies', 'managed');
  mkdirSync(managed, { recursive: true });
  writeFileSync(join(managed, '10-it.json'), JSON.stringify({ sounds: false }));
  writeFileSync(join(managed, '50-anyone.json'), JSON.stringify({ theme: 'dark' }));
  chmodSync(join(managed, '50-anyone.json'), 0o666);
  const policySource = await openPolicy({
    specs: folderPolicySources(root),
    platform: 'linux',
    env: {},
    logger: new RecordingLogger(),
    ...(process.getuid ? { alsoTrustUid: process.getuid() } : {}),
  });
  const harness = installPust({ policySource });
  await harness.core.dispatch('settings.update', { language });
  return { root, managed };
}

// Rendering the whole app in jsdom takes seconds on a busy machine.
describe('the policy page', { timeout: 30_000 }, () => {
  it.each([
    [
      'nn',
      'Innstillingar',
      'Vis IT-policyen',
      'Låste innstillingar',
      'blir ikkje brukt',
      'Tilbake til innstillingane',
    ],
    ['en', 'Settings', 'Show the IT policy', 'Locked settings', 'not used', 'Back to settings'],
  ] as const)(
    'in %s: shows the locks and why a source is refused, and goes back',
    async (language, nav, open, lockedName, refused, back) => {
      const { managed } = await installWithPolicy(language);
      render(App);
      await userEvent.click(await screen.findByRole('button', { name: nav }));
      await userEvent.click(await screen.findByRole('button', { name: open }, { timeout: 15_000 }));
      const locked = await screen.findByRole('list', { name: lockedName });
      expect(within(locked).getByText('sounds')).toBeInTheDocument();
      const anyone = screen.getByRole('region', {
        name: new RegExp(`${join(managed, '50-anyone.json')}$`),
      });
      expect(anyone).toHaveTextContent(`(${refused})`);
      expect(anyone).toHaveTextContent('can be changed by every user (mode 0666)');
      await userEvent.click(screen.getByRole('button', { name: back }));
      expect(screen.getByRole('button', { name: open })).toHaveFocus();
    },
  );
});
