import { describe, expect, it } from 'vitest';
import {
  posixStatProblem,
  posixTrust,
  posixTrustProblem,
  windowsSddlProblem,
} from '../../../electron/core/policy/trust';

const file = (uid: number, gid: number, mode: number) => ({
  uid,
  gid,
  mode: 0o100000 | mode,
  isDirectory: () => false,
});
const folder = (uid: number, gid: number, mode: number) => ({
  uid,
  gid,
  mode: 0o040000 | mode,
  isDirectory: () => true,
});

describe('who may change a policy file on Linux and macOS', () => {
  const linux = posixTrust('linux');
  const mac = posixTrust('darwin');

  it.each([
    ['root, 0644', file(0, 0, 0o644), null],
    ['owned by a person', file(1000, 1000, 0o644), '/p is owned by user 1000, not by root'],
    ['writable by everyone', file(0, 0, 0o666), '/p can be changed by every user (mode 0666)'],
    [
      'writable by a users group',
      file(0, 100, 0o664),
      '/p can be changed by group 100 (mode 0664)',
    ],
    ['writable by root’s group', file(0, 0, 0o664), null],
    ['a sticky folder such as /tmp', folder(0, 0, 0o1777), null],
    [
      'a folder everyone may write',
      folder(0, 0, 0o777),
      '/p can be changed by every user (mode 0777)',
    ],
  ])('%s', (_name, stat, reason) => {
    expect(posixStatProblem('/p', stat, linux)).toBe(reason);
  });

  it('lets macOS’s admin group (80) write, as /Library/Managed Preferences allows', () => {
    expect(posixStatProblem('/p', folder(0, 80, 0o775), mac)).toBeNull();
    expect(posixStatProblem('/p', folder(0, 80, 0o775), linux)).toMatch(/group 80/);
  });

  it('checks every folder above the file, so a writable parent is found', () => {
    const stats: Record<string, ReturnType<typeof file>> = {
      '/etc/pust/policy.json': file(0, 0, 0o644),
      '/etc/pust': folder(1000, 1000, 0o755),
      '/etc': folder(0, 0, 0o755),
      '/': folder(0, 0, 0o755),
    };
    // realpath of a path that does not exist here fails first: checked with a real path below.
    expect(posixTrustProblem('/nonexistent/policy.json', linux)).toMatch(
      /cannot be checked \(ENOENT\)/,
    );
    const walk = (path: string) => stats[path]!;
    expect(
      Object.keys(stats)
        .map((path) => posixStatProblem(path, walk(path), linux))
        .filter(Boolean),
    ).toEqual(['/etc/pust is owned by user 1000, not by root']);
  });

  it('trusts the person running the preview as well as root, and only then', () => {
    expect(posixTrust('linux', 1000).uids).toEqual([0, 1000]);
    expect(posixTrust('linux', 0).uids).toEqual([0]);
  });
});

describe('who may change a policy file on Windows (SDDL from Get-Acl)', () => {
  it.each([
    [
      'the folder the installer makes: Administrators and SYSTEM write, Users read',
      'O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)',
      null,
    ],
    [
      'written by an Intune script (SYSTEM owns it)',
      'O:SYG:SYD:AI(A;ID;FA;;;SY)(A;ID;FA;;;BA)(A;ID;0x1200a9;;;BU)',
      null,
    ],
    [
      'ProgramData’s own list: Users may add folders',
      'O:SYG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)(A;CI;0x100116;;;BU)(A;OICIIO;GA;;;CO)',
      'C:\\x can be changed by BU (not an administrator)',
    ],
    [
      'Users given Modify',
      'O:BAG:SYD:(A;;FA;;;BA)(A;;0x1301bf;;;BU)',
      'C:\\x can be changed by BU (not an administrator)',
    ],
    [
      'Everyone with write, in letters',
      'O:BAG:SYD:(A;;FRFW;;;WD)',
      'C:\\x can be changed by WD (not an administrator)',
    ],
    [
      'a person owns it',
      'O:S-1-5-21-1-2-3-1001G:S-1-5-21-1-2-3-513D:(A;;FA;;;S-1-5-21-1-2-3-1001)',
      'C:\\x is owned by S-1-5-21-1-2-3-1001, not by Administrators or SYSTEM',
    ],
    [
      'a null access list (everyone may)',
      'O:BAG:SYD:NO_ACCESS_CONTROL',
      'C:\\x has no access list, so everyone may change it',
    ],
    ['a deny entry takes nothing away from the check', 'O:BAG:SYD:(D;;FA;;;BU)(A;;FA;;;BA)', null],
    [
      'an inherit-only entry does not apply to the file itself',
      'O:BAG:SYD:(A;OICIIO;GA;;;CO)(A;;FA;;;BA)',
      null,
    ],
  ])('%s', (_name, sddl, reason) => {
    expect(windowsSddlProblem('C:\\x', sddl)).toBe(reason);
  });
});
