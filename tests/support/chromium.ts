import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_LANGUAGES, type MessageLocale } from '../../content/messages';

/**
 * Which Chromium the browser tests drive: Playwright's own where it is installed, else
 * $CHROMIUM_PATH, else Debian's /usr/bin/chromium. Never downloads one.
 */
export function findChromium(): string {
  const candidates = [safeBundledPath(), process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one: `apt-get install -y chromium` (Debian/Ubuntu), ' +
        'or `npx playwright install chromium`, or set CHROMIUM_PATH.',
    );
  }
  return found;
}

function safeBundledPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags for a closed network and a root user: no sandbox, no background calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The flags above, with Chromium started in the language Pust speaks (`--lang`), as Electron starts
 * it (electron/main/chromium-language.ts): native date fields, Chromium's own messages and Intl's
 * default then follow Pust rather than the machine's locale.
 */
export function chromiumArgsFor(locale: MessageLocale): string[] {
  return [...CHROMIUM_ARGS, `--lang=${CHROMIUM_LANGUAGES[locale]}`];
}
