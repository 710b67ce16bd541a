import { screen } from '@testing-library/svelte';

/**
 * How long a query waits for a view that loads its code when first opened (Settings, the first
 * run, the journal …): on a busy machine that can take seconds.
 */
export const LOADED = { timeout: 15_000 };

/** A step of the first-run setup, found by its heading once the setup's code has loaded. */
export function stepHeading(name: string): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 2, name }, LOADED);
}
