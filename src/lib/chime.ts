/**
 * A soft two-note chime made on the fly (no sound files to ship): the end of a break. Quiet, short,
 * and silent where the platform refuses to play without a gesture.
 */
export function playChime(): void {
  try {
    const context = new AudioContext();
    const start = context.currentTime;
    [523.25, 659.25].forEach((frequency, index) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      const at = start + index * 0.25;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.08, at + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.9);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 1);
    });
    setTimeout(() => void context.close(), 1500);
  } catch {
    // No audio here (a test browser, a locked-down machine): the break still ends.
  }
}
