/** The workday engine's public surface: what app-core wires in and what the CLI and tests use. */
export { WorkdayEngine, IDLE_SAMPLE_MS } from './workday-engine';
export type { WorkdayEngineOptions, EngineState, EngineStatus } from './workday-engine';
export type {
  Prompt,
  PromptKind,
  PauseLength,
  ActionResult,
  ActionRefusal,
  RestBoundary,
} from './prompts';
export { HISTORY_KEY, HISTORY_MAX_DAYS } from './history';
export type { DaySummary } from './history';
export { planDays, planToJson } from './planner';
export type { PlannedDay, PlanJson } from './planner';
export { resolveDay } from './day-shape';
export type { DayShape, DayOffReason } from './day-shape';
export { publicHolidayName, publicHolidays } from './holidays';
export { zoneOffsetSpans } from './time';
export type { ZoneOffsetSpan } from './time';
