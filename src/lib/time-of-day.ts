/**
 * Reading a time of day the way people type it in a Norwegian interface: "07:45", "7:45", "07.45",
 * "0745", "745" or just "7". Pust writes every time as 24-hour HH:MM, whatever the browser's own
 * locale would show in an <input type="time"> ("7:45 AM" in a Chromium that speaks American).
 */
export function parseTimeOfDay(typed: string): string | null {
  const text = typed.trim();
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(text);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  // "745" is 7:45; "0745" is 07:45; a lone "7" or "07" is on the hour.
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
