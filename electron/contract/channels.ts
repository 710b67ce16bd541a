import { z } from 'zod';
import { AppInfoSchema, NavigateSchema } from './app';
import { DayFocusSchema, FocusPlanSchema, FocusTickSchema } from './focus';
import {
  JournalAddRequestSchema,
  JournalDeleteAllRequestSchema,
  JournalDeleteAllResultSchema,
  JournalDeleteRequestSchema,
  JournalEditRequestSchema,
  JournalEncryptionChoiceRequestSchema,
  JournalEntrySchema,
  JournalExportRequestSchema,
  JournalExportSchema,
  JournalImportRequestSchema,
  JournalImportResultSchema,
  JournalListRequestSchema,
  JournalPageSchema,
  JournalRetentionRequestSchema,
  JournalSearchRequestSchema,
  JournalStatusSchema,
  JournalSummarySchema,
  JournalUndoDeleteRequestSchema,
  NoticeIdRequestSchema,
  TrendWeekSchema,
  TrendsRequestSchema,
} from './journal';
import type { ChannelName, EventName } from './names';
import { PolicyReportSchema } from './policy';
import { PrintPdfRequestSchema, PrintPdfResultSchema } from './print';
import { SettingsPatchSchema, SettingsViewSchema } from './settings';
import {
  RitualDraftSchema,
  TeamAddRequestSchema,
  TeamIdRequestSchema,
  TeamMemberListSchema,
  TeamRhythmRequestSchema,
  TeamRhythmSchema,
  TeamTalkedRequestSchema,
} from './team';
import {
  DaySummarySchema,
  HistoryRequestSchema,
  PromptViewSchema,
  WorkdayActionSchema,
  WorkdayViewSchema,
} from './workday';

interface ChannelDefinition {
  request: z.ZodType;
  response: z.ZodType;
}

/** No payload: the renderer calls the method without arguments. */
const NoPayload = z.undefined();
const Done = z.null();

/**
 * Every request the renderer can make. Main (and the preview server) parse each payload with
 * `request` before any service sees it; tests parse each reply with `response`.
 */
export const channels = {
  'app.info': { request: NoPayload, response: AppInfoSchema },
  'settings.get': { request: NoPayload, response: SettingsViewSchema },
  'settings.update': { request: SettingsPatchSchema, response: SettingsViewSchema },
  'workday.get': { request: NoPayload, response: WorkdayViewSchema },
  'workday.act': { request: WorkdayActionSchema, response: WorkdayViewSchema },
  'workday.history': { request: HistoryRequestSchema, response: z.array(DaySummarySchema) },
  'journal.status': { request: NoPayload, response: JournalStatusSchema },
  'journal.chooseEncryption': {
    request: JournalEncryptionChoiceRequestSchema,
    response: JournalStatusSchema,
  },
  'journal.dismissNotice': { request: NoticeIdRequestSchema, response: JournalStatusSchema },
  'journal.add': { request: JournalAddRequestSchema, response: JournalEntrySchema },
  'journal.edit': { request: JournalEditRequestSchema, response: JournalEntrySchema },
  'journal.delete': { request: JournalDeleteRequestSchema, response: Done },
  'journal.undoDelete': { request: JournalUndoDeleteRequestSchema, response: JournalEntrySchema },
  'journal.list': { request: JournalListRequestSchema, response: JournalPageSchema },
  'journal.search': { request: JournalSearchRequestSchema, response: JournalPageSchema },
  'journal.export': { request: JournalExportRequestSchema, response: JournalExportSchema },
  'journal.import': { request: JournalImportRequestSchema, response: JournalImportResultSchema },
  'journal.summary': { request: NoPayload, response: JournalSummarySchema },
  'journal.deleteAll': {
    request: JournalDeleteAllRequestSchema,
    response: JournalDeleteAllResultSchema,
  },
  'journal.applyRetention': {
    request: JournalRetentionRequestSchema,
    response: z.object({ deleted: z.number().int().min(0) }),
  },
  'journal.trends': { request: TrendsRequestSchema, response: z.array(TrendWeekSchema) },
  'team.list': { request: NoPayload, response: TeamMemberListSchema },
  'team.add': { request: TeamAddRequestSchema, response: TeamMemberListSchema },
  'team.remove': { request: TeamIdRequestSchema, response: TeamMemberListSchema },
  'team.talked': { request: TeamTalkedRequestSchema, response: TeamMemberListSchema },
  'team.rhythm': { request: NoPayload, response: TeamRhythmSchema },
  'team.setRhythm': { request: TeamRhythmRequestSchema, response: TeamRhythmSchema },
  'ritual.get': { request: NoPayload, response: RitualDraftSchema.nullable() },
  'ritual.save': { request: RitualDraftSchema, response: Done },
  'ritual.clear': { request: NoPayload, response: Done },
  'focus.get': { request: NoPayload, response: DayFocusSchema },
  'focus.tick': { request: FocusTickSchema, response: DayFocusSchema },
  'focus.plan': { request: FocusPlanSchema, response: Done },
  'policy.get': { request: NoPayload, response: PolicyReportSchema },
  'policy.reload': { request: NoPayload, response: PolicyReportSchema },
  'print.savePdf': { request: PrintPdfRequestSchema, response: PrintPdfResultSchema },
} as const satisfies Record<ChannelName, ChannelDefinition>;

/** Every event core pushes to the renderer, with the schema of its payload. */
export const events = {
  'settings.changed': SettingsViewSchema,
  'app.navigate': NavigateSchema,
  'workday.changed': WorkdayViewSchema,
  'workday.prompt': PromptViewSchema,
  'journal.changed': JournalStatusSchema,
  'policy.changed': PolicyReportSchema,
} as const satisfies Record<EventName, z.ZodType>;

type Channels = typeof channels;
export type RequestOf<C extends ChannelName> = z.input<Channels[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Channels[C]['response']>;
export type EventPayloadOf<E extends EventName> = z.output<(typeof events)[E]>;
