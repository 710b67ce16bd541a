/** `list` with `optionId` added (at the end) or removed, as a checkbox was ticked or not. */
export function toggle(list: readonly string[], optionId: string, on: boolean): string[] {
  return on
    ? [...list.filter((x) => x !== optionId), optionId]
    : list.filter((x) => x !== optionId);
}
