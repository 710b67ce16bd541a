import type { Theme } from '../../electron/contract/settings';

/**
 * Applies a theme to the document. Designsystemet reads `data-color-scheme` (light, dark or auto,
 * which follows the system); high contrast is Pust's own layer on top of the dark scheme.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  const scheme = theme === 'system' ? 'auto' : theme === 'high-contrast' ? 'dark' : theme;
  root.dataset.colorScheme = scheme;
  if (theme === 'high-contrast') root.dataset.contrast = 'high';
  else delete root.dataset.contrast;
}
