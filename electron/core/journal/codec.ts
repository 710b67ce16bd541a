import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * One journal record per line. The line prefix names the envelope format, so a reader knows how
 * to open a line before it trusts anything inside it:
 *
 *   e1 <key id> <base64(iv ‖ tag ‖ AES-256-GCM ciphertext)>   encrypted
 *   p1 <sha-256 prefix> <json>                                 not encrypted (the person chose so)
 *
 * The key id is an HMAC of a constant under the key: it tells "written with another key" apart
 * from "bytes damaged" without revealing the key. GCM's tag (and the checksum for p1) catches any
 * flipped byte inside a record.
 */
export type LogRecord =
  | { op: 'put'; entry: unknown }
  /** Written only by compaction and import: many entries under one IV and tag (see PACK_SIZE). */
  | { op: 'pack'; entries: unknown[] }
  | { op: 'delete'; id: string; at: string }
  | { op: 'restore'; id: string };

export type DecodeResult =
  { ok: true; record: LogRecord } | { ok: false; reason: 'damaged' | 'wrong-key' };

const IV_BYTES = 12;
const TAG_BYTES = 16;

export class RecordCodec {
  readonly #key: Buffer | null;
  readonly keyId: string | null;

  constructor(key: Buffer | null) {
    this.#key = key;
    this.keyId = key ? keyIdOf(key) : null;
  }

  get encrypted(): boolean {
    return this.#key !== null;
  }

  /** The line to append, newline included. */
  encode(record: LogRecord): string {
    const json = JSON.stringify(record);
    if (!this.#key || !this.keyId) return `p1 ${checksum(json)} ${json}\n`;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    cipher.setAAD(Buffer.from(`e1 ${this.keyId}`));
    const body = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]);
    const sealed = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    return `e1 ${this.keyId} ${sealed}\n`;
  }

  /** Whether a line that decoded fine can be copied as it is into a file this codec writes. */
  writesSameAs(line: string): boolean {
    return this.#key ? line.startsWith(`e1 ${this.keyId} `) : line.startsWith('p1 ');
  }

  decode(line: string): DecodeResult {
    const first = line.indexOf(' ');
    const second = line.indexOf(' ', first + 1);
    if (first < 0 || second < 0) return { ok: false, reason: 'damaged' };
    const format = line.slice(0, first);
    const check = line.slice(first + 1, second);
    const body = line.slice(second + 1);
    let json: string;
    if (format === 'p1') {
      if (checksum(body) !== check) return { ok: false, reason: 'damaged' };
      json = body;
    } else if (format === 'e1') {
      if (!this.#key || check !== this.keyId) {
        return { ok: false, reason: /^[0-9a-f]{16}$/.test(check) ? 'wrong-key' : 'damaged' };
      }
      const sealed = Buffer.from(body, 'base64');
      // Node's base64 decoder skips junk and stops at padding; a record whose decoded length does
      // not match its text length is not exactly base64, so it is damaged.
      if (sealed.length < IV_BYTES + TAG_BYTES || sealed.length !== base64Length(body)) {
        return { ok: false, reason: 'damaged' };
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', this.#key, sealed.subarray(0, IV_BYTES));
        decipher.setAAD(Buffer.from(`e1 ${this.keyId}`));
        decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        json = Buffer.concat([
          decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        return { ok: false, reason: 'damaged' };
      }
    } else {
      return { ok: false, reason: 'damaged' };
    }
    const record = parseRecord(json);
    return record ? { ok: true, record } : { ok: false, reason: 'damaged' };
  }
}

/**
 * What sealed a line, read from its prefix alone: `plain` for a p1 line, the key id for an e1
 * line, null when the prefix is not one Pust writes (the line is damaged).
 */
export function sealedBy(line: string): 'plain' | string | null {
  if (line.startsWith('p1 ')) return 'plain';
  const match = /^e1 ([0-9a-f]{16}) /.exec(line);
  return match ? match[1]! : null;
}

export function keyIdOf(key: Buffer): string {
  return createHmac('sha256', key).update('pust-journal-key-id').digest('hex').slice(0, 16);
}

function base64Length(text: string): number {
  if (text.length % 4 !== 0) return -1;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

function checksum(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

function parseRecord(json: string): LogRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (record.op === 'put' && typeof record.entry === 'object' && record.entry !== null) {
    return { op: 'put', entry: record.entry };
  }
  if (record.op === 'pack' && Array.isArray(record.entries)) {
    return { op: 'pack', entries: record.entries };
  }
  if (record.op === 'delete' && typeof record.id === 'string' && typeof record.at === 'string') {
    return { op: 'delete', id: record.id, at: record.at };
  }
  if (record.op === 'restore' && typeof record.id === 'string') {
    return { op: 'restore', id: record.id };
  }
  return null;
}
