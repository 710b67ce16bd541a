import Holidays from 'date-holidays';

/**
 * Norwegian public holidays ("helligdager") from date-holidays, a maintained library, instead of a
 * hand-written Easter formula. Only type 'public' days are days off: Christmas Eve and New Year's
 * Eve are 'bank' days there and are short workdays in the state (see shortDays in the profile).
 */

const calendar = new Holidays('NO');
const byYear = new Map<number, ReadonlyMap<string, string>>();

function holidaysOf(year: number): ReadonlyMap<string, string> {
  let days = byYear.get(year);
  if (!days) {
    const map = new Map<string, string>();
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      // Two holidays can share a date (17 May 2027 is also Whit Monday): keep both names.
      const date = holiday.date.slice(0, 10);
      const earlier = map.get(date);
      map.set(date, earlier ? `${earlier} / ${holiday.name}` : holiday.name);
    }
    days = map;
    byYear.set(year, days);
  }
  return days;
}

/** The holiday's Norwegian (bokmål) name, or null when the date is not a public holiday. */
export function publicHolidayName(date: string): string | null {
  return holidaysOf(Number(date.slice(0, 4))).get(date) ?? null;
}

/** Every public holiday of a year, sorted by date. */
export function publicHolidays(year: number): Array<{ date: string; name: string }> {
  return [...holidaysOf(year)]
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
