/*
 * The notification chime: two short sine tones made with the Web Audio API, so no audio file
 * ships. Whether it plays is the user's choice, kept in this browser.
 */
const SOUND_KEY = 'switchboard.notifications.sound';

/** On unless the user turned it off: a notice nobody hears is easy to miss. */
export const soundChosen = () => localStorage.getItem(SOUND_KEY) !== 'off';
export const keepSoundChoice = (on: boolean) => localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');

let context: AudioContext | undefined;

export function playChime() {
  if (typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  // Browsers start audio suspended until the page has had a click or key press.
  if (context.state === 'suspended') void context.resume().catch(() => undefined);
  const now = context.currentTime;
  [880, 1320].forEach((frequency, i) => {
    if (!context) return;
    const start = now + i * 0.12;
    const tone = new OscillatorNode(context, { type: 'sine', frequency });
    const volume = new GainNode(context, { gain: 0.0001 });
    volume.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
    volume.gain.exponentialRampToValueAtTime(0.0001, start + 0.18);
    tone.connect(volume).connect(context.destination);
    tone.start(start);
    tone.stop(start + 0.2);
  });
}
