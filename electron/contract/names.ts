/**
 * Channel and event names without their schemas, so the preload and the preview bridge can build
 * `window.pust` without bundling the schema library. `channels.ts` is type-checked against these
 * lists in both directions, so they cannot drift apart.
 */
export const CHANNEL_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'workday.get',
  'workday.act',
  'workday.history',
  'journal.status',
  'journal.chooseEncryption',
  'journal.dismissNotice',
  'journal.add',
  'journal.edit',
  'journal.delete',
  'journal.undoDelete',
  'journal.list',
  'journal.search',
  'journal.export',
  'journal.import',
  'journal.summary',
  'journal.deleteAll',
  'journal.applyRetention',
  'journal.trends',
  'team.list',
  'team.add',
  'team.remove',
  'team.talked',
  'team.rhythm',
  'team.setRhythm',
  'ritual.get',
  'ritual.save',
  'ritual.clear',
  'policy.get',
  'policy.reload',
  'focus.get',
  'focus.tick',
  'focus.plan',
  'print.savePdf',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

export const EVENT_NAMES = [
  'settings.changed',
  'app.navigate',
  'workday.changed',
  'workday.prompt',
  'journal.changed',
  'policy.changed',
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** Prefix of every IPC channel Pust registers, so nothing else on ipcMain can be reached by name. */
export const IPC_PREFIX = 'pust:';
/** The one IPC channel main uses to push events to the renderer. */
export const IPC_EVENT_CHANNEL = 'pust:event';
