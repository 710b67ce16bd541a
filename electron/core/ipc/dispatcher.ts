import type { z } from 'zod';
import {
  channels,
  PustError,
  type ChannelName,
  type ErrorCode,
  type ResponseOf,
  type Result,
} from '../../contract';
import type { Logger } from '../ports';
import { exceedsPayloadBudget, payloadBudgetFor } from './payload-budget';

type ParsedRequest<C extends ChannelName> = z.output<(typeof channels)[C]['request']>;

/** The core side of every channel: one function per channel, given an already-validated payload. */
export type ChannelHandlers = {
  [C in ChannelName]: (payload: ParsedRequest<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

function failure(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(payload)'}: ${issue.message}`)
    .join('; ');
}

/**
 * The single door into core for every transport (Electron IPC, the preview's HTTP API, tests).
 * Nothing reaches a handler unless the channel is known and the payload matches its schema; no
 * exception crosses the door, so the renderer always gets `{ ok, value }` or a stable error code.
 */
export function createDispatcher(handlers: ChannelHandlers, logger: Logger): Dispatch {
  return async (channel, payload) => {
    if (typeof channel !== 'string' || !Object.hasOwn(channels, channel)) {
      return failure('unknown-channel', `No such channel: ${String(channel).slice(0, 80)}`);
    }
    const name = channel as ChannelName;
    if (exceedsPayloadBudget(payload, payloadBudgetFor(name))) {
      return failure('payload-too-large', `Payload for ${name} is too large or too deep`);
    }
    const parsed = channels[name].request.safeParse(payload);
    if (!parsed.success) {
      return failure('invalid-payload', `${name}: ${describeIssues(parsed.error)}`);
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof PustError) return failure(error.code, error.message);
      logger.error(`${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return failure('internal', `${name} failed unexpectedly`);
    }
  };
}
