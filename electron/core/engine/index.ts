/** The workday engine's public surface: what app-core wires in and what the CLI and tests use. */
export { WorkdayRuntime } from './runtime';
export type { WorkdayRuntimeOptions, RuntimeListeners } from './runtime';
export { step, initialModel } from './step';
export type { EngineAction, EngineEffect, EngineInput, EngineModel, Stamped } from './step-types';
export type { EngineState, EngineStatus } from './projection';
export { IDLE_SAMPLE_MS, AWAY_AFTER_IDLE_MS } from './presence';
export type {
  Prompt,
  PromptKind,
  HoldLength,
  ActionResult,
  ActionRefusal,
  RestBoundary,
} from './prompts';
export { deliveryFor, endsByItself } from './delivery';
export type { Delivery } from './delivery';
export { HISTORY_KEY, HISTORY_MAX_DAYS } from './history';
export type { DaySummary } from './history';
export { planDays, planToJson, liveDayAsPlanned } from './planner';
export type { PlannedDay, PlanJson } from './planner';
export { resolveDay } from './day-shape';
export type { DayShape, DayOffReason } from './day-shape';
export { publicHolidayName, publicHolidays } from './holidays';
export { zoneOffsetSpans } from './time';
export type { ZoneOffsetSpan } from './time';
