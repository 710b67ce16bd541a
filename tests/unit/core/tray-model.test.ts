import { describe, expect, it } from 'vitest';
import { NO_BREAKS, type WorkdayView } from '../../../electron/contract/workday';
import { buildTrayModel, trayStateOf } from '../../../electron/core/tray/tray-model';
import { startCore } from '../../support/core-harness';

const AT = (time: string) => new Date(`2026-11-26T${time}:00+01:00`).getTime();

function view(overrides: Partial<WorkdayView> = {}): WorkdayView {
  return {
    now: AT('10:48'),
    clockRate: 1,
    zone: 'Europe/Oslo',
    zoneOffsets: [{ from: AT('00:00'), until: AT('23:59'), minutes: 60 }],
    date: '2026-11-26',
    status: 'working',
    reason: null,
    holiday: null,
    start: AT('08:00'),
    end: AT('15:30'),
    startsAt: null,
    core: null,
    latestStop: AT('21:00'),
    earliestStartTomorrow: null,
    next: { kind: 'break', at: AT('11:00') },
    openPrompt: null,
    heldUntil: null,
    meeting: false,
    meetingUntil: null,
    workingLate: null,
    counts: NO_BREAKS,
    overtimeTodayMinutes: 0,
    overtime: { days7: 0, weeks4: 0, weeks52: 0, exceeded: [] },
    weeklyRest: { longestMs: 0, holds: true },
    strictMode: false,
    leaderMode: false,
    firmness: 'firm',
    timeline: [],
    today: {
      date: '2026-11-26',
      workday: true,
      plannedStart: AT('08:00'),
      plannedEnd: AT('15:30'),
      workedMinutes: 150,
      afterEndMinutes: 0,
      counts: NO_BREAKS,
      workingLate: null,
      longDay: false,
      shortRestMinutes: null,
    },
    shortRest: null,
    ...overrides,
  };
}
const OPTIONS = { locked: [], views: ['today', 'tools', 'journal'] as const };

describe('the tray model', () => {
  it('says what comes next, in the person’s language', () => {
    expect(buildTrayModel(view(), 'nb', OPTIONS).tooltip).toBe(
      'Pust – Arbeidsdag\nPause om 12 min',
    );
    expect(
      buildTrayModel(view({ next: { kind: 'end-of-day', at: AT('15:30') } }), 'nn', OPTIONS)
        .tooltip,
    ).toBe('Pust – Arbeidsdag\nFyrabend kl. 15:30');
    expect(
      buildTrayModel(view({ status: 'held', heldUntil: AT('11:48') }), 'en', OPTIONS).tooltip,
    ).toBe('Pust – Reminders paused\nPaused until 11:48');
  });

  it('before the day starts, says when it starts, not a micro-break that will not come (issue 16, fault 2)', () => {
    const early = view({ now: AT('07:00'), status: 'before-start', startsAt: AT('08:00') });
    expect(
      buildTrayModel({ ...early, next: { kind: 'micro-break', at: AT('07:20') } }, 'nb', OPTIONS)
        .tooltip,
    ).toBe('Pust – Utenfor arbeidstid\nArbeidsdagen begynner kl. 08:00');
    const flex = view({
      now: AT('05:30'),
      status: 'before-start',
      startsAt: AT('06:00'),
      core: { start: AT('09:00'), end: AT('14:30') },
    });
    expect(buildTrayModel(flex, 'nn', OPTIONS).tooltip).toBe(
      'Pust – Utanfor arbeidstida\nFleksitid frå kl. 06:00',
    );
  });

  it('during a break says until when, and in a meeting says when it ends (issue 16, fault 10)', () => {
    const open = {
      id: 'b',
      kind: 'break',
      presentation: 'window',
      dueAt: AT('10:05'),
      shownAt: AT('10:05'),
      seconds: 300,
      endsAt: AT('10:10'),
      catchUp: false,
      postponed: 0,
      canPostpone: true,
      canSkip: true,
      firmness: 'firm',
      earliestStartTomorrow: null,
      restBoundary: { latestStop: AT('21:00'), nextStart: null },
    } as const;
    expect(
      buildTrayModel(
        view({ openPrompt: open, next: { kind: 'micro-break', at: AT('10:30') } }),
        'nb',
        OPTIONS,
      ).tooltip,
    ).toBe('Pust – Tid for pause\nPause nå, til kl. 10:10');
    expect(
      buildTrayModel(
        view({ status: 'meeting', meeting: true, meetingUntil: AT('11:48') }),
        'en',
        OPTIONS,
      ).tooltip,
    ).toBe('Pust – Meeting mode\nMeeting until 11:48');
  });

  it('picks one of the seven icons from the workday', () => {
    const prompt = { kind: 'break' } as WorkdayView['openPrompt'];
    expect(trayStateOf(view())).toBe('working');
    expect(trayStateOf(view({ openPrompt: prompt }))).toBe('break-due');
    expect(trayStateOf(view({ status: 'away' }))).toBe('on-break');
    expect(trayStateOf(view({ status: 'held' }))).toBe('held');
    expect(trayStateOf(view({ status: 'meeting', meeting: true }))).toBe('meeting');
    expect(trayStateOf(view({ status: 'overtime' }))).toBe('after-hours');
    expect(trayStateOf(view({ status: 'day-off', reason: 'holiday', holiday: '1. juledag' }))).toBe(
      'day-off',
    );
  });

  it('offers the menu the issue asks for, with what cannot be done now disabled', () => {
    const menu = buildTrayModel(view({ status: 'day-off', next: null }), 'nb', OPTIONS).menu;
    const labels = menu.map((item) => ('label' in item ? item.label : '—'));
    expect(labels).toEqual([
      'Fridag',
      '—',
      'Ta en pause nå',
      'Sett påminnelser på pause',
      'Start arbeidsdagen',
      'Møtemodus',
      '—',
      'I dag',
      'Verktøy',
      'Dagbok',
      'Innstillinger …',
      '—',
      'Avslutt Pust',
    ]);
    expect(menu.find((item) => 'label' in item && item.label === 'Ta en pause nå')).toMatchObject({
      enabled: false,
    });
    const working = buildTrayModel(view(), 'nb', OPTIONS).menu;
    const hold = working.find((item) => item.kind === 'submenu');
    expect(hold).toMatchObject({ enabled: true });
    expect(
      hold && 'items' in hold ? hold.items.map((item) => ('label' in item ? item.label : '')) : [],
    ).toEqual(['30 minutter', '1 time', '2 timer', 'Til i morgen']);
    expect(working.some((item) => 'label' in item && item.label === 'Avslutt arbeidsdagen')).toBe(
      true,
    );
  });

  it('shows holding reminders as locked when IT has fixed strict mode on', () => {
    const menu = buildTrayModel(view({ strictMode: true }), 'nb', {
      ...OPTIONS,
      locked: ['workProfile.strictMode'],
    }).menu;
    expect(menu.find((item) => item.kind === 'submenu')).toMatchObject({
      label: 'Sett påminnelser på pause (låst av IT)',
      enabled: false,
    });
  });

  it('is drawn at start, and its items do what they say', () => {
    const { core, trays, host } = startCore();
    expect(trays.length).toBeGreaterThan(0);
    const heard: unknown[] = [];
    core.subscribe((event, payload) => heard.push([event, payload]));
    core.runTrayAction('open-settings');
    expect(host.showMainWindow).toHaveBeenCalledOnce();
    expect(heard).toContainEqual(['app.navigate', { view: 'settings' }]);
    core.runTrayAction('quit');
    expect(host.quit).toHaveBeenCalledOnce();
    core.dispose();
  });
});

describe('the tray tooltip over time', () => {
  it('counts down "in N min" by redrawing exactly when the figure changes', () => {
    const harness = startCore(undefined, { now: '2026-11-26T07:59:00+01:00' });
    harness.time.runFor(2 * 60_000); // 08:01, the day has begun; micro-break at 08:21
    const before = harness.trays.at(-1)!.tooltip;
    expect(before).toMatch(/Mikropause om (19|20) min/);
    harness.time.runFor(5 * 60_000);
    expect(harness.trays.at(-1)!.tooltip).toMatch(/Mikropause om (14|15) min/);
    harness.core.dispose();
  });
});

describe('the tray after hours', () => {
  it('names tonight’s rest boundary, not the time of the next nudge', () => {
    const evening = view({
      now: AT('15:40'),
      status: 'overtime',
      next: { kind: 'after-hours', at: AT('15:45') },
    });
    expect(buildTrayModel(evening, 'nn', OPTIONS).tooltip).toBe(
      'Pust – Utanfor arbeidstida\nStopp innan 21:00',
    );
  });
});
