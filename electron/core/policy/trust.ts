import { realpathSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Only sources that administrators alone can change may decide for everyone on the machine: a
 * standard user who could write the policy could, say, lock `journal.retentionMonths: 1` and
 * delete other people's older journal entries. Each check returns a reason to refuse, or null.
 */

export interface PosixTrust {
  /** Owners allowed: root in the app; the preview adds the person running it. */
  uids: readonly number[];
  /** Groups that may have write access (root/wheel; macOS's admin group). */
  gids: readonly number[];
}

export function posixTrust(platform: NodeJS.Platform, extraUid?: number): PosixTrust {
  return {
    uids: extraUid === undefined || extraUid === 0 ? [0] : [0, extraUid],
    gids: platform === 'darwin' ? [0, 80] : [0],
  };
}

type StatLike = Pick<Stats, 'uid' | 'gid' | 'mode'> & { isDirectory(): boolean };

const STICKY = 0o1000;
const GROUP_WRITE = 0o020;
const OTHER_WRITE = 0o002;

/** Why `stat` (of `path`) lets someone other than an administrator change it, or null. */
export function posixStatProblem(path: string, stat: StatLike, trust: PosixTrust): string | null {
  const mode = (stat.mode & 0o7777).toString(8).padStart(4, '0');
  if (!trust.uids.includes(stat.uid)) {
    return `${path} is owned by user ${stat.uid}, not by root`;
  }
  // In a sticky folder (/tmp) no one may remove or replace another's file.
  const sticky = stat.isDirectory() && (stat.mode & STICKY) !== 0;
  if (!sticky && (stat.mode & OTHER_WRITE) !== 0) {
    return `${path} can be changed by every user (mode ${mode})`;
  }
  if (!sticky && (stat.mode & GROUP_WRITE) !== 0 && !trust.gids.includes(stat.gid)) {
    return `${path} can be changed by group ${stat.gid} (mode ${mode})`;
  }
  return null;
}

/**
 * Checks the file and every folder above it (after following links): a folder a user could write
 * would let them replace the file. Returns the first reason found, or null.
 */
export function posixTrustProblem(
  path: string,
  trust: PosixTrust,
  stat: (path: string) => StatLike = statSync,
): string | null {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    return `cannot be checked (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
  for (let current = real; ; current = dirname(current)) {
    const problem = posixStatProblem(current, stat(current), trust);
    if (problem) return problem;
    if (dirname(current) === current) return null;
  }
}

// ---- Windows: access control lists as SDDL (locale-independent, unlike icacls' account names) --

/** SYSTEM, Administrators, TrustedInstaller. */
const WINDOWS_ADMIN_SIDS = new Set([
  'SY',
  'S-1-5-18',
  'BA',
  'S-1-5-32-544',
  'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464',
]);
/** "Owner rights" follows the owner, which is checked separately. */
const OWNER_RIGHTS = new Set(['OW', 'S-1-3-4']);

const WRITE_RIGHT_CODES = new Set(['GA', 'GW', 'FA', 'FW', 'WD', 'WO', 'SD', 'DC', 'CC', 'WP']);
// FILE_WRITE_DATA/ADD_FILE, FILE_APPEND_DATA/ADD_SUBDIRECTORY, FILE_DELETE_CHILD, DELETE,
// WRITE_DAC, WRITE_OWNER, GENERIC_ALL, GENERIC_WRITE.
const WRITE_RIGHT_MASK = 0x2 | 0x4 | 0x40 | 0x10000 | 0x40000 | 0x80000 | 0x10000000 | 0x40000000;

function grantsWrite(rights: string): boolean {
  if (/^0x[0-9a-f]+$/i.test(rights)) return (Number.parseInt(rights, 16) & WRITE_RIGHT_MASK) !== 0;
  for (let i = 0; i < rights.length; i += 2) {
    if (WRITE_RIGHT_CODES.has(rights.slice(i, i + 2))) return true;
  }
  return false;
}

/**
 * Why a security descriptor (as `(Get-Acl).Sddl` prints it) lets someone other than SYSTEM,
 * Administrators or TrustedInstaller change the object, or null.
 */
export function windowsSddlProblem(path: string, sddl: string): string | null {
  const owner = /^O:([^:]+?)(?=[GDS]:|$)/.exec(sddl.trim())?.[1];
  if (!owner) return `${path}: its access list could not be read`;
  if (!WINDOWS_ADMIN_SIDS.has(owner)) {
    return `${path} is owned by ${owner}, not by Administrators or SYSTEM`;
  }
  const dacl = /D:([^(]*)((?:\([^)]*\))*)/.exec(sddl);
  // No list, or a null one ("NO_ACCESS_CONTROL"), lets everyone do everything.
  if (!dacl || dacl[1]!.includes('NO_ACCESS_CONTROL')) {
    return `${path} has no access list, so everyone may change it`;
  }
  for (const ace of dacl[2]!.matchAll(/\(([^)]*)\)/g)) {
    const [type, flags = '', rights = '', , , sid = ''] = ace[1]!.split(';');
    if (type !== 'A' && type !== 'OA') continue; // deny entries only take rights away
    if (flags.includes('IO')) continue; // inherit-only: applies to children, not to this object
    if (WINDOWS_ADMIN_SIDS.has(sid) || OWNER_RIGHTS.has(sid)) continue;
    if (grantsWrite(rights)) return `${path} can be changed by ${sid} (not an administrator)`;
  }
  return null;
}

/** The PowerShell that prints one SDDL line per path (PowerShell 5.1 is on every Windows 10/11). */
export function windowsSddlCommand(paths: readonly string[]): string[] {
  const quoted = paths.map((path) => `'${path.replace(/'/g, "''")}'`).join(',');
  return [
    '-NoProfile',
    '-NonInteractive',
    '-Command',
    `${quoted} | ForEach-Object { (Get-Acl -LiteralPath $_).Sddl }`,
  ];
}
