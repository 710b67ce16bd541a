import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS } from '../../tests/support/chromium';

/**
 * Chromium for the renderer bench, launched and driven here over a bare DevTools pipe rather
 * than through Playwright, so that the bench decides every switch the timed loads run under:
 *
 * - Each new window of Chromium 156 pre-renders the address bar's popup, a WebUI page in a
 *   renderer of its own, which kept a core half busy during the very load being timed (~55 ms of
 *   CPU on two cores). An Electron window has no address bar, so the bench switches it off.
 *   Playwright's own `--disable-features` list would be replaced, not extended, by ours (Chromium
 *   keeps the last of a repeated switch), so the bench does not go through Playwright.
 * - The driver enables no DevTools domain: no network or page events are sent anywhere while a
 *   page loads; it only navigates and then reads the page's performance timeline.
 */
const BENCH_ARGS = [
  ...CHROMIUM_ARGS,
  '--headless',
  '--remote-debugging-pipe',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
  // As Playwright launches it: a headless window counts as hidden, and must not be deprioritised.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--disable-breakpad',
  '--disable-field-trial-config',
];

interface Pending {
  method: string;
  resolve(result: Record<string, unknown>): void;
  reject(error: Error): void;
}

export class CdpPipeBrowser {
  readonly #process: ChildProcess;
  readonly #profile: string;
  readonly #pending = new Map<number, Pending>();
  readonly #write: (line: string) => void;
  #nextId = 1;
  #received = '';
  #exited: string | null = null;

  private constructor(process: ChildProcess, profile: string) {
    this.#process = process;
    this.#profile = profile;
    const [, , , toBrowser, fromBrowser] = process.stdio as [null, null, null, Writable, Readable];
    this.#write = (line) => toBrowser.write(line);
    fromBrowser.on('data', (chunk: Buffer) => this.#read(chunk.toString('utf8')));
    process.on('exit', (code, signal) => {
      this.#exited = `Chromium exited (${signal ?? code})`;
      for (const pending of this.#pending.values()) pending.reject(new Error(this.#exited));
      this.#pending.clear();
    });
  }

  static launch(executable: string): CdpPipeBrowser {
    const profile = mkdtempSync(join(tmpdir(), 'pust-bench-chromium-'));
    const child = spawn(executable, [...BENCH_ARGS, `--user-data-dir=${profile}`, 'about:blank'], {
      // fd 3 carries commands to Chromium, fd 4 its answers (--remote-debugging-pipe).
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    });
    return new CdpPipeBrowser(child, profile);
  }

  /** Sends one command (to the browser, or to an attached page's session) and awaits its result. */
  send<T = Record<string, unknown>>(
    method: string,
    params: Record<string, unknown> = {},
    sessionId?: string,
  ): Promise<T> {
    if (this.#exited) return Promise.reject(new Error(this.#exited));
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { method, resolve: resolve as Pending['resolve'], reject });
      this.#write(
        `${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`,
      );
    });
  }

  /**
   * Asks Chromium to close (killing it if it has not within five seconds), then removes its
   * profile folder. Its helper processes can still be writing there for a moment after the browser
   * process has gone, so the removal retries instead of failing on a folder that is not yet empty.
   */
  async close(): Promise<void> {
    if (!this.#exited) {
      const exited = new Promise((resolve) => this.#process.once('exit', resolve));
      const killer = setTimeout(() => this.#process.kill('SIGKILL'), 5_000);
      await this.send('Browser.close').catch(() => this.#process.kill());
      await exited;
      clearTimeout(killer);
    }
    rmSync(this.#profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }

  #read(text: string): void {
    this.#received += text;
    let end: number;
    while ((end = this.#received.indexOf('\0')) >= 0) {
      const message = JSON.parse(this.#received.slice(0, end)) as {
        id?: number;
        result?: Record<string, unknown>;
        error?: { message: string };
      };
      this.#received = this.#received.slice(end + 1);
      const pending = message.id === undefined ? undefined : this.#pending.get(message.id);
      if (!pending) continue; // an event: the bench enables none it needs
      this.#pending.delete(message.id!);
      if (message.error) pending.reject(new Error(`${pending.method}: ${message.error.message}`));
      else pending.resolve(message.result ?? {});
    }
  }
}
