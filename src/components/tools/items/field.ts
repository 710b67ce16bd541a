import type { Answer, ItemKind, ItemOfKind } from '../../../../content/tools/schema';

/** What every answerable item's component is given by ItemField. */
export interface AnswerFieldProps<K extends ItemKind> {
  item: ItemOfKind<K>;
  /** The item's DOM id, the base of its inputs' ids. */
  id: string;
  value: Answer | undefined;
  onchange: (value: Answer | undefined) => void;
}

/** The ids in an answer that is a list of ids (choices, starred questions); none otherwise. */
export function idsIn(value: Answer | undefined): string[] {
  return Array.isArray(value) ? value : [];
}

/** `list` with `optionId` added (at the end) or removed, as a checkbox was ticked or not. */
export function toggle(list: readonly string[], optionId: string, on: boolean): string[] {
  return on
    ? [...list.filter((x) => x !== optionId), optionId]
    : list.filter((x) => x !== optionId);
}
