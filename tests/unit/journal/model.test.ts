import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { assertProperty } from '../../support/property';
import type { JournalService } from '../../../electron/core/journal';
import { makeProfile, note, removeProfiles } from './helpers';

afterEach(removeProfiles);

type Op =
  | { op: 'add'; text: string }
  | { op: 'edit'; pick: number; text: string }
  | { op: 'delete'; pick: number }
  | { op: 'undo'; pick: number }
  | { op: 'reopen' };

const text = fc.string({ minLength: 1, maxLength: 30 }).filter((value) => value.trim().length > 0);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('add' as const), text }),
  fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), text }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('undo' as const), pick: fc.nat() }),
  fc.constant({ op: 'reopen' as const }),
);

describe('the journal agrees with a plain model after any sequence of changes and reopens', () => {
  it('adds, edits, deletes, undos and reopens', () => {
    assertProperty(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const profile = makeProfile();
        let journal: JournalService = profile.open();
        const model = new Map<string, string>();
        let trash = new Map<string, string>();
        const ids = () => [...model.keys()];
        for (const step of ops) {
          if (step.op === 'add') {
            model.set(journal.add(note(step.text)).id, step.text);
          } else if (step.op === 'edit' && model.size > 0) {
            const id = ids()[step.pick % model.size]!;
            journal.edit({ id, ...note(step.text) });
            model.set(id, step.text);
          } else if (step.op === 'delete' && model.size > 0) {
            const id = ids()[step.pick % model.size]!;
            journal.delete({ id });
            trash.set(id, model.get(id)!);
            model.delete(id);
          } else if (step.op === 'undo' && trash.size > 0) {
            const id = [...trash.keys()][step.pick % trash.size]!;
            journal.undoDelete({ id });
            model.set(id, trash.get(id)!);
            trash.delete(id);
          } else if (step.op === 'reopen') {
            journal.close();
            journal = profile.open();
            trash = new Map(); // a reopen makes deletions final
          }
          const seen = journal.list({ limit: 500 }).entries;
          expect(
            new Map(seen.map((entry) => [entry.id, entry.kind === 'note' ? entry.text : ''])),
          ).toEqual(model);
        }
        journal.close();
        const final = profile.open();
        expect(final.list({ limit: 500 }).total).toBe(model.size);
        expect(final.status().notices).toEqual([]);
        final.close();
      }),
      40,
    );
  });
});
