// On reading pages (kept tiny): show 朗读本页 / Read aloud only where the browser has speech
// synthesis and a local voice (no network) for the page's language; load the reader on first press.
// `?worker&url` bundles the reader on its own, so no module-preload helper is added to the page.
import reader from './read-aloud.ts?worker&url';

const box = document.querySelector<HTMLElement>('[data-read-aloud]');
const synth = window.speechSynthesis;
if (box && synth && window.SpeechSynthesisUtterance) {
  const lang = document.documentElement.lang.slice(0, 2).toLowerCase();
  const show = () => {
    if (synth.getVoices().some((v) => v.localService && v.lang.toLowerCase().startsWith(lang))) box.hidden = false;
  };
  show();
  synth.addEventListener('voiceschanged', show);
  box.querySelector('[data-ra="start"]')?.addEventListener(
    'click',
    () => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = reader;
      document.head.append(script);
    },
    { once: true },
  );
}
