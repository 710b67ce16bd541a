import { z } from 'zod';

export const RUNTIMES = ['electron', 'preview'] as const;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  runtime: z.enum(RUNTIMES),
  /** Where the person's data lives on this machine (shown in Settings, for privacy). */
  dataDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** Views the shell can show; a tray menu item or a prompt can ask the renderer to open one. */
export const VIEWS = ['today', 'tools', 'journal', 'settings'] as const;
export type ViewName = (typeof VIEWS)[number];
export const NavigateSchema = z.object({ view: z.enum(VIEWS) }).strict();
export type Navigate = z.infer<typeof NavigateSchema>;
