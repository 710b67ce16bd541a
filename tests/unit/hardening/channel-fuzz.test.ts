import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CHANNEL_NAMES,
  channels,
  ERROR_CODES,
  type ChannelName,
  type Result,
} from '../../../electron/contract';
import { exceedsPayloadBudget } from '../../../electron/core/ipc/payload-budget';
import { startCore, type CoreHarness } from '../../support/core-harness';
import { ok } from '../../support/result';
import { assertAsyncProperty, propertyParameters } from '../../support/property';
import { genericHostile, mutationsOf, SEEDS, type SeedContext } from './hostile-input';

/** Runs per channel; CI uses the default (at least 200), a developer may ask for more. */
/** Each channel's number of payloads: 200, or FC_RUNS (see tests/support/property.ts). */
const RUNS = propertyParameters(200).numRuns as number;

/** Every file in the profile, byte for byte (settings.json, state.json, journal/…, key files). */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => {
    const a = before.get(name);
    const b = after.get(name);
    return !a || !b || !a.equals(b);
  });
}

/** A profile with something in every store: a changed setting, an entry, a team member, a draft. */
async function seededCore(): Promise<{ harness: CoreHarness; context: SeedContext }> {
  const harness = startCore();
  const { core } = harness;
  ok(await core.dispatch('settings.update', { language: 'nn', workProfile: { leaderMode: true } }));
  const entry = ok(
    await core.dispatch('journal.add', { entry: { kind: 'note', text: 'Fyrste', tags: ['a'] } }),
  ) as { id: string };
  const team = ok(await core.dispatch('team.add', { name: 'Ola' })) as Array<{ id: string }>;
  const today = (ok(await core.dispatch('workday.get', undefined)) as { date: string }).date;
  return { harness, context: { entryId: entry.id, teamId: team[0]!.id, today } };
}

function payloadsFor(channel: ChannelName, context: SeedContext): fc.Arbitrary<unknown> {
  const seed = SEEDS[channel]?.(context as never);
  if (seed === undefined) return genericHostile;
  return fc.oneof(
    { arbitrary: genericHostile, weight: 2 },
    { arbitrary: mutationsOf(seed), weight: 5 },
    { arbitrary: fc.constant(seed), weight: 1 },
  );
}

const STATS = { channels: 0, refused: 0, accepted: 0, byCode: new Map<string, number>() };

describe('every contract channel refuses hostile payloads and keeps the person’s files', () => {
  it('has a valid seed payload for each channel it mutates', () => {
    const context = { entryId: 'e1', teamId: 't1', today: '2026-11-26' };
    for (const channel of CHANNEL_NAMES) {
      const seed = SEEDS[channel]?.(context as never);
      if (seed !== undefined) {
        expect(channels[channel].request.safeParse(seed).success, channel).toBe(true);
      }
    }
  });

  // Derived from the contract's list, so a new channel is fuzzed without touching this file.
  it.each(CHANNEL_NAMES.map((channel) => [channel]))(
    '%s',
    async (channel) => {
      const { harness, context } = await seededCore();
      const { core, dir } = harness;
      const answered = { accepted: 0, refused: 0 };
      await assertAsyncProperty(
        fc.asyncProperty(payloadsFor(channel, context), async (payload) => {
          const before = snapshot(dir);
          // Judged lazily: a payload the budget refuses may be too deep to validate cheaply.
          const matchesSchema = () => channels[channel].request.safeParse(payload).success;
          let result: Result<unknown>;
          try {
            result = await core.dispatch(channel, payload);
          } catch (error) {
            throw new Error(`dispatch threw instead of answering: ${String(error)}`);
          }
          expect(typeof result.ok).toBe('boolean');
          if (result.ok) {
            answered.accepted++;
            // Accepted only if it genuinely matches the contract, and the reply does too.
            expect(matchesSchema(), 'accepted a payload the schema refuses').toBe(true);
            expect(channels[channel].response.safeParse(result.value).success).toBe(true);
            return;
          }
          answered.refused++;
          const { code } = result.error;
          STATS.byCode.set(code, (STATS.byCode.get(code) ?? 0) + 1);
          expect(ERROR_CODES).toContain(code);
          // 'internal' means a handler threw something unplanned: a bug the fuzz has found.
          expect(code, result.error.message).not.toBe('internal');
          if (code === 'payload-too-large') {
            // No channel's budget is below the default one (some, like import, allow more).
            expect(exceedsPayloadBudget(payload), 'refused as too large within budget').toBe(true);
          } else if (code !== 'invalid-payload') {
            // Whatever the schema refuses is invalid-payload (or too large); a service may refuse
            // (not-found, locked-by-policy …) only what the schema let in.
            expect(matchesSchema(), `${code} for a payload the schema refuses`).toBe(true);
          }
          expect(changedFiles(before, snapshot(dir)), 'files changed by a refused payload').toEqual(
            [],
          );
        }),
        RUNS,
        { endOnFailure: true },
      );
      // Every payload got an answer (none was lost to a thrown error or an unawaited promise).
      expect(answered.accepted + answered.refused).toBe(RUNS);
      STATS.channels++;
      STATS.accepted += answered.accepted;
      STATS.refused += answered.refused;
      // The core still answers after all of it.
      expect(await core.dispatch('settings.get', undefined)).toMatchObject({ ok: true });
      expect(await core.dispatch('journal.status', undefined)).toMatchObject({ ok: true });
      harness.core.dispose();
    },
    60_000,
  );
});

// A report, not a check: each channel's test above asserts its own runs.
afterAll(() => {
  const codes = [...STATS.byCode].map(([code, count]) => `${code} ${count}`).join(', ');
  console.log(
    `FUZZ channels=${STATS.channels}/${CHANNEL_NAMES.length} runs-each=${RUNS} refused=${STATS.refused} ` +
      `accepted=${STATS.accepted} (${codes})`,
  );
});
