import { z } from 'zod';
import { AppInfoSchema, NavigateSchema } from './app';
import type { ChannelName, EventName } from './names';
import { SettingsPatchSchema, SettingsViewSchema } from './settings';

interface ChannelDefinition {
  request: z.ZodType;
  response: z.ZodType;
}

/** No payload: the renderer calls the method without arguments. */
const NoPayload = z.undefined();

/**
 * Every request the renderer can make. Main (and the preview server) parse each payload with
 * `request` before any service sees it; tests parse each reply with `response`.
 */
export const channels = {
  'app.info': { request: NoPayload, response: AppInfoSchema },
  'settings.get': { request: NoPayload, response: SettingsViewSchema },
  'settings.update': { request: SettingsPatchSchema, response: SettingsViewSchema },
} as const satisfies Record<ChannelName, ChannelDefinition>;

/** Every event core pushes to the renderer, with the schema of its payload. */
export const events = {
  'settings.changed': SettingsViewSchema,
  'app.navigate': NavigateSchema,
} as const satisfies Record<EventName, z.ZodType>;

type Channels = typeof channels;
export type RequestOf<C extends ChannelName> = z.input<Channels[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Channels[C]['response']>;
export type EventPayloadOf<E extends EventName> = z.output<(typeof events)[E]>;
