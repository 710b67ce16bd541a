/**
 * True when a setting path is fixed by the admin policy: locked itself, or inside a locked group.
 * (The same rule as the contract's isLocked; the renderer may import only types from the contract.)
 */
export function isLocked(locked: readonly string[], path: string): boolean {
  return locked.some((lockedPath) => lockedPath === path || path.startsWith(`${lockedPath}.`));
}

/**
 * True when the policy fixes a setting path or any part of it: a group such as
 * `workProfile.weekdays` counts as fixed when IT has locked only one of its days.
 */
export function touchesLock(locked: readonly string[], path: string): boolean {
  return isLocked(locked, path) || locked.some((lockedPath) => lockedPath.startsWith(`${path}.`));
}
