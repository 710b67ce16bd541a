import type { PlannedDay } from '../planner';
import { isoInZone } from '../time';

/** The human-readable form of a plan: one header line per day, one indented line per event. */
export function planToText(plan: readonly PlannedDay[], zone: string): string {
  const time = (at: number) => isoInZone(at, zone).slice(11, 16);
  const lines = [`Plan in ${zone}`];
  for (const { shape, events, latestStop } of plan) {
    if (!shape.workday || shape.start === null || shape.end === null) {
      const why = shape.holiday ? `holiday: ${shape.holiday}` : shape.reason;
      lines.push(`${shape.date}  off (${why})`);
      continue;
    }
    const offset = isoInZone(shape.start, zone).slice(19);
    let header = `${shape.date}  ${time(shape.start)}–${time(shape.end)} (UTC${offset})`;
    if (shape.core) header += `, core hours ${time(shape.core.start)}–${time(shape.core.end)}`;
    if (latestStop !== null)
      header += `, latest stop ${isoInZone(latestStop, zone).slice(0, 16).replace('T', ' ')}`;
    lines.push(header);
    for (const event of events) {
      const length =
        event.seconds === 0
          ? ''
          : event.seconds < 60
            ? ` ${event.seconds} s`
            : ` ${event.seconds / 60} min`;
      lines.push(`  ${time(event.at)}  ${event.kind}${length}`);
    }
  }
  return lines.join('\n');
}
