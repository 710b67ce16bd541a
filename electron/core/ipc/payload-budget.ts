/**
 * Cheap guard against payloads that would cost more to validate than to refuse: walks the value
 * with a byte and depth budget and stops as soon as either runs out, so a 10 MB string or a
 * million-deep object is refused without being serialised.
 */
export const MAX_PAYLOAD_BYTES = 1_000_000;
export const MAX_PAYLOAD_DEPTH = 32;

/**
 * Channels that legitimately carry more: importing a journal export (the contract allows 50 M
 * characters; a character may cost two bytes here). Every other channel stays at 1 MB.
 */
const LARGER_BUDGETS: Readonly<Record<string, number>> = { 'journal.import': 100_000_000 };

export function payloadBudgetFor(channel: string): number {
  return Object.hasOwn(LARGER_BUDGETS, channel) ? LARGER_BUDGETS[channel]! : MAX_PAYLOAD_BYTES;
}

export function exceedsPayloadBudget(
  value: unknown,
  maxBytes = MAX_PAYLOAD_BYTES,
  maxDepth = MAX_PAYLOAD_DEPTH,
): boolean {
  let remaining = maxBytes;
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (depth > maxDepth) return true;
    if (typeof current === 'string') remaining -= current.length * 2;
    else if (current !== null && typeof current === 'object') {
      const entries = Array.isArray(current) ? current : Object.entries(current);
      remaining -= 8 * entries.length;
      if (remaining < 0) return true;
      for (const entry of entries) {
        if (Array.isArray(current)) stack.push({ value: entry, depth: depth + 1 });
        else {
          const [key, child] = entry as [string, unknown];
          remaining -= key.length * 2;
          stack.push({ value: child, depth: depth + 1 });
        }
      }
    } else remaining -= 8;
    if (remaining < 0) return true;
  }
  return false;
}
