import type * as NodeFs from 'node:fs';
import { dirname } from 'node:path';

/**
 * Tests run as root, and root reads and writes whatever the permission bits say. A person does
 * not: this wraps node:fs (for the code under test, through vi.mock) so that, while `asPerson.on`
 * is set, the permission bits are honoured as for an ordinary user who owns what root owns here.
 * A file with mode 000, or one chown'ed to another user (uid 65534) without bits for others, then
 * fails with EACCES exactly where it would on a person's machine: reading, opening for writing,
 * creating, renaming or listing in a folder they cannot write or read.
 */
export const asPerson = { on: false };

type Fs = typeof NodeFs;
type Access = 'read' | 'write' | 'search';
const BITS: Record<Access, [owner: number, others: number]> = {
  read: [0o400, 0o004],
  write: [0o200, 0o002],
  search: [0o100, 0o001],
};

function denied(syscall: string, path: unknown): Error {
  return Object.assign(new Error(`EACCES: permission denied, ${syscall} '${String(path)}'`), {
    code: 'EACCES',
    errno: -13,
    syscall,
    path: String(path),
  });
}

export function personFs(actual: Fs): Fs {
  const uid = process.getuid?.() ?? 0;
  const allowed = (path: unknown, access: Access): boolean => {
    if (!asPerson.on || typeof path !== 'string') return true;
    let stat: NodeFs.Stats;
    try {
      stat = actual.statSync(path);
    } catch {
      return true; // Missing or a loop: the real call reports that itself.
    }
    const [owner, others] = BITS[access];
    return (stat.mode & (stat.uid === uid ? owner : others)) !== 0;
  };
  const exists = (path: unknown) => typeof path === 'string' && actual.existsSync(path);
  /** Changing what a folder holds needs write and search permission on it. */
  const inFolder = (path: unknown) =>
    typeof path !== 'string' ||
    (allowed(dirname(path), 'write') && allowed(dirname(path), 'search'));
  type Fn = (...args: unknown[]) => unknown;
  const call = (name: keyof Fs, args: unknown[]) => (actual[name] as Fn)(...args);

  const wrapped: Partial<Record<keyof Fs, unknown>> = {
    readFileSync: (...args: unknown[]) => {
      if (!allowed(args[0], 'read')) throw denied('open', args[0]);
      return call('readFileSync', args);
    },
    openSync: (...args: unknown[]) => {
      const [path, flags = 'r'] = args as [unknown, string | number];
      const reading = flags === 'r' || flags === 0;
      if (exists(path)) {
        if (!allowed(path, reading ? 'read' : 'write')) throw denied('open', path);
      } else if (!reading && !inFolder(path)) {
        throw denied('open', path);
      }
      return call('openSync', args);
    },
    writeFileSync: (...args: unknown[]) => {
      const [path] = args;
      if (exists(path) ? !allowed(path, 'write') : !inFolder(path)) throw denied('open', path);
      return call('writeFileSync', args);
    },
    renameSync: (...args: unknown[]) => {
      if (!inFolder(args[0]) || !inFolder(args[1])) throw denied('rename', args[0]);
      return call('renameSync', args);
    },
    copyFileSync: (...args: unknown[]) => {
      if (!allowed(args[0], 'read')) throw denied('copyfile', args[0]);
      if (!inFolder(args[1])) throw denied('copyfile', args[1]);
      return call('copyFileSync', args);
    },
    linkSync: (...args: unknown[]) => {
      if (!inFolder(args[1])) throw denied('link', args[1]);
      return call('linkSync', args);
    },
    rmSync: (...args: unknown[]) => {
      if (exists(args[0]) && !inFolder(args[0])) throw denied('rm', args[0]);
      return call('rmSync', args);
    },
    mkdirSync: (...args: unknown[]) => {
      if (!exists(args[0]) && !inFolder(args[0])) throw denied('mkdir', args[0]);
      return call('mkdirSync', args);
    },
    readdirSync: (...args: unknown[]) => {
      if (!allowed(args[0], 'read')) throw denied('scandir', args[0]);
      return call('readdirSync', args);
    },
    chmodSync: (...args: unknown[]) => {
      if (asPerson.on && typeof args[0] === 'string' && actual.statSync(args[0]).uid !== uid) {
        throw Object.assign(denied('chmod', args[0]), { code: 'EPERM', errno: -1 });
      }
      return call('chmodSync', args);
    },
  };
  return { ...actual, ...wrapped } as Fs;
}
