import { settings } from './settings.svelte';
import { workday } from './workday.svelte';

/**
 * What the first view needs from core before it can be shown: the person's settings, and the day
 * with its week. main.ts asks before mounting; App asks itself when mounted without it (tests).
 */
export function loadFirstView(): Promise<unknown> {
  return Promise.allSettled([settings.load(), workday.load()]);
}
