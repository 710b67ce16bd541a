import type { ActivityInfo, ClockInfo } from './messages';
import { element, section } from './dom';

type Step = Record<string, unknown>;

function stepButtons(label: string, steps: Array<[string, Step]>, simulate: (step: Step) => void) {
  const list = element('ul', { class: 'pust-dev-panel__menu', 'aria-label': label });
  for (const [text, step] of steps) {
    const button = element(
      'button',
      { type: 'button', class: 'ds-button', 'data-variant': 'tertiary', 'data-size': 'sm' },
      text,
    );
    button.addEventListener('click', () => simulate(step));
    const li = element('li');
    li.append(button);
    list.append(li);
  }
  return list;
}

/** A labelled field and a button that sends the step made from the field's value. */
function fieldStep(
  field: { id: string; label: string; type: string; value: string },
  buttonText: string,
  toStep: (value: string) => Step,
  simulate: (step: Step) => void,
): HTMLElement[] {
  const label = element('label', { for: field.id }, field.label);
  const input = element('input', {
    id: field.id,
    type: field.type,
    value: field.value,
    class: 'ds-input',
  });
  const button = element(
    'button',
    { type: 'button', class: 'ds-button', 'data-variant': 'tertiary', 'data-size': 'sm' },
    buttonText,
  );
  button.addEventListener('click', () => simulate(toStep(input.value)));
  return [label, input, button];
}

/**
 * The panel's Simulate section: the person and the machine (idle, lock, sleep, clock jumps, time
 * zone), and, with the manual clock, the steps that let time pass (next timer, N minutes).
 */
export function simulateSection(simulateStep: (step: Step) => Promise<string | null>): {
  root: HTMLElement;
  showActivity(activity: ActivityInfo): void;
  showClock(clock: ClockInfo): void;
} {
  const sim = section('Simulate', 'pust-dev-simulate');
  // A refused step says why (e.g. "no timer is armed"); the next step that runs clears it.
  const problem = element('p', { role: 'status', 'data-testid': 'simulate-problem' });
  const simulate = (step: Step) =>
    void simulateStep(step).then((message) => (problem.textContent = message ?? ''));
  const activityLine = element('p', { 'data-testid': 'activity' }, 'Person: at the machine');
  const machine = stepButtons(
    'Simulation steps',
    [
      ['Person idle', { op: 'idle' }],
      ['Person active', { op: 'active' }],
      ['Lock screen', { op: 'lock' }],
      ['Unlock screen', { op: 'unlock' }],
      ['Sleep 14 h', { op: 'suspend', hours: 14 }],
      ['Clock −1 h', { op: 'jump', minutes: -60 }],
      ['Clock +1 day', { op: 'jump', minutes: 1440 }],
    ],
    simulate,
  );
  const zone = fieldStep(
    { id: 'pust-dev-zone', label: 'Time zone', type: 'text', value: 'Europe/Oslo' },
    'Change zone',
    (value) => ({ op: 'timezone', zone: value }),
    simulate,
  );

  // Only the manual clock is stepped; the real one runs by itself.
  const manual = element('div', { 'data-testid': 'time-steps' });
  manual.hidden = true;
  const passTime = stepButtons(
    'Let time pass',
    [
      ['Next timer', { op: 'next-timer' }],
      ['+1 min', { op: 'advance', minutes: 1 }],
      ['+15 min', { op: 'advance', minutes: 15 }],
      ['+1 h', { op: 'advance', minutes: 60 }],
    ],
    simulate,
  );
  const minutes = fieldStep(
    { id: 'pust-dev-minutes', label: 'Minutes to let pass', type: 'number', value: '30' },
    'Advance',
    (value) => ({ op: 'advance', minutes: Number(value) }),
    simulate,
  );
  manual.append(
    element('h3', { class: 'pust-dev-panel__subheading' }, 'Let time pass'),
    passTime,
    ...minutes,
  );

  sim.body.append(activityLine, problem, manual, machine, ...zone);
  return {
    root: sim.root,
    showActivity(activity) {
      activityLine.textContent = activity.idle
        ? `Person: idle for ${activity.idleSeconds} s`
        : 'Person: at the machine';
    },
    showClock(clock) {
      manual.hidden = clock.mode !== 'manual';
    },
  };
}
