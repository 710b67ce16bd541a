import { describe, expect, it } from 'vitest';
import { notificationText } from '../../../electron/core/workday/notification-text';

const params = { seconds: 20, end: '15:30', latestStop: '22:00', nextStart: '09:00' };

describe('notification texts', () => {
  it('states the night rule exactly for an employee: agreement until 23 at their own wish', () => {
    const { title, body } = notificationText('night-notice', false, params, 'nb');
    expect(title).toBe('Klokka er 21');
    expect(body).toContain('skriftlig avtale med arbeidsgiveren kan gi rom for arbeid til kl. 23');
    expect(body).toContain('bare når du selv ønsker det');
    expect(body).toContain('arbeidets art gjør det nødvendig');
    expect(body).toContain('etter avtale med de tillitsvalgte');
  });

  it('in leader mode, presents the night rule as binding for the people led, not the leader', () => {
    for (const [locale, led] of [
      ['nb', 'For dem du leder'],
      ['nn', 'For dei du leier'],
      ['en', 'for the people you lead'],
    ] as const) {
      const { body } = notificationText('night-notice', true, params, locale);
      expect(body).toContain(led);
      expect(body).not.toContain(
        notificationText('night-notice', false, params, locale).body.split('.')[0]!,
      );
    }
  });

  it('in leader mode, speaks of rest and the overtime break as the team’s right and the example set', () => {
    expect(notificationText('overtime-break', true, params, 'en').body).toBe(
      'You have worked over two hours past your normal hours. The people you lead are entitled to a half-hour break at this point. When you take one yourself, they see it is meant to be used.',
    );
    expect(notificationText('after-hours', true, params, 'nn').body).toBe(
      'Stopp innan 22:00, så får du 11 timar kvile før 09:00: den kvila dei du leier, har krav på. Det teamet ser deg gjere, blir normen.',
    );
    expect(notificationText('latest-stop', true, params, 'nb').body).toContain(
      'Det er hvilen dem du leder, har krav på',
    );
  });

  it('an employee gets the plain rule with the times filled in', () => {
    expect(notificationText('after-hours', false, params, 'nb')).toEqual({
      title: 'Arbeidsdagen er over',
      body: 'Stopp innen 22:00 for å få 11 timers hvile før 09:00.',
    });
    expect(notificationText('overtime-break', false, params, 'en').body).toBe(
      'You have worked over two hours past your normal hours. Take a half-hour break.',
    );
  });

  it('notices that state no rule read the same in leader mode', () => {
    for (const kind of ['micro-break', 'end-of-day-heads-up', 'day-off-notice'] as const) {
      expect(notificationText(kind, true, params, 'nn')).toEqual(
        notificationText(kind, false, params, 'nn'),
      );
    }
    expect(notificationText('micro-break', false, params, 'en').body).toBe(
      'Rest your eyes for 20 seconds: look at something far away.',
    );
  });

  it('says to rest well when there is no boundary tonight (tomorrow is off), in either mode', () => {
    const noBoundary = { ...params, latestStop: null, nextStart: null };
    for (const leader of [false, true]) {
      expect(notificationText('latest-stop', leader, noBoundary, 'nb').body).toBe(
        'Husk å hvile godt før neste arbeidsdag.',
      );
    }
  });
});
