import { powerMonitor } from 'electron';
import type { ActivityEventKind, ActivitySource } from '../core/ports';

/**
 * The person's presence from Electron's powerMonitor: idle seconds, lock/unlock, suspend/resume.
 * Electron has no time-zone event, so a change is noticed when the engine samples idle time
 * (only during an active workday, every 15 s) and on resume/unlock.
 */
export class ElectronActivity implements ActivitySource {
  readonly #listeners = new Set<(kind: ActivityEventKind) => void>();
  #zone = currentZone();

  constructor() {
    powerMonitor.on('lock-screen', () => this.#emit('lock'));
    powerMonitor.on('unlock-screen', () => this.#emit('unlock'));
    powerMonitor.on('suspend', () => this.#emit('suspend'));
    powerMonitor.on('resume', () => this.#emit('resume'));
  }

  idleSeconds(): number {
    this.#checkZone();
    return powerMonitor.getSystemIdleTime();
  }

  onEvent(listener: (kind: ActivityEventKind) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #checkZone(): void {
    const zone = currentZone();
    if (zone === this.#zone) return;
    this.#zone = zone;
    // Let the current sample finish before the engine re-plans.
    queueMicrotask(() => this.#emit('timezone-changed'));
  }

  #emit(kind: ActivityEventKind): void {
    if (kind === 'resume' || kind === 'unlock') this.#checkZone();
    for (const listener of this.#listeners) listener(kind);
  }
}

function currentZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
