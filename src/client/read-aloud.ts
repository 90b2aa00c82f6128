/**
 * The reader behind 朗读本页 / Read aloud, loaded on the first press (src/client/read-aloud-loader.ts)
 * and starting at once. It reads the main text of the page in the page's language, one paragraph
 * (heading, list item, table row…) per utterance, with the browser's own speech synthesis and a local
 * voice only (`localService`: nothing is sent over the network).
 *
 * Skipped: page furniture (navigation, header, footer, buttons, forms, headings' permalink labels,
 * visually hidden text, page dates, source lines, links to other views) and text in another language (the other
 * column of the side-by-side view).
 *
 * Pause cancels the current utterance and Resume reads that paragraph again from its start: the
 * same on every browser (speechSynthesis.pause() does nothing on some, e.g. Chrome on Android).
 */
const box = document.querySelector<HTMLElement>('[data-read-aloud]');
const main = document.querySelector<HTMLElement>('main');
const synth = window.speechSynthesis;

const SKIP = [
  'nav', 'header', 'footer', 'button', 'form', 'script', 'style', 'noscript', 'svg',
  '[hidden]', '[aria-hidden="true"]', '.visually-hidden', '.permalink', '.print-only',
  '.read-aloud', '.page-dates', '.doc-meta', '.source-note', '.reading-links', '.open-data', '[data-read-skip]',
].join(',');
const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,dt,dd,tr,caption,figcaption,blockquote';
/** Inline elements whose text runs on without a space; other element boundaries become spaces. */
const RUN_ON = new Set(['A', 'EM', 'STRONG', 'B', 'I', 'MARK', 'ABBR', 'CODE', 'SUP', 'SUB', 'Q', 'CITE']);

interface Block {
  el: HTMLElement;
  text: string;
}

/** The text of `el` as it should be spoken: skipped parts left out, words kept apart. */
function spokenText(el: HTMLElement): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += child.textContent ?? '';
      else if (child instanceof HTMLElement && !child.matches(SKIP)) {
        const gap = RUN_ON.has(child.tagName) ? '' : ' ';
        out += gap;
        walk(child);
        out += gap;
      }
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

/** The blocks to read, in document order: innermost blocks only, in the page's language. */
export function readableBlocks(root: HTMLElement, lang: string): Block[] {
  const prefix = lang.slice(0, 2).toLowerCase();
  const blocks: Block[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (el.closest(SKIP)) continue;
    if (el.querySelector(BLOCKS)) continue; // its inner blocks are read instead
    const own = el.closest('[lang]')?.getAttribute('lang') ?? lang;
    if (!own.toLowerCase().startsWith(prefix)) continue;
    const text = spokenText(el);
    if (text) blocks.push({ el, text });
  }
  return blocks;
}

if (box && main && synth) {
  const lang = document.documentElement.lang;
  const prefix = lang.slice(0, 2).toLowerCase();
  const button = (name: string) => box.querySelector<HTMLButtonElement>(`[data-ra="${name}"]`)!;
  const status = box.querySelector<HTMLElement>('[data-ra-status]')!;
  const progress = box.querySelector<HTMLElement>('[data-ra-progress]')!;
  const msg = (name: string) => box.getAttribute(`data-msg-${name}`) ?? '';
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

  let blocks: Block[] = [];
  let index = 0;
  let state: 'idle' | 'playing' | 'paused' = 'idle';
  /** Bumped whenever speech is cancelled, so the cancelled utterance's events are ignored. */
  let turn = 0;
  let current: HTMLElement | undefined;

  const voice = () => {
    const local = synth.getVoices().filter((v) => v.localService && v.lang.toLowerCase().startsWith(prefix));
    return local.find((v) => v.lang.toLowerCase() === lang.toLowerCase()) ?? local.find((v) => v.default) ?? local[0];
  };

  const mark = (el?: HTMLElement) => {
    current?.classList.remove('read-aloud-current');
    current = el;
    if (!el) return;
    el.classList.add('read-aloud-current');
    el.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  };

  /** Show the buttons for the state; move focus off a button that was just hidden. */
  const show = (focus: string) => {
    const visible: Record<typeof state, string[]> = { idle: ['start'], playing: ['pause', 'stop'], paused: ['resume', 'stop'] };
    const hadFocus = box.contains(document.activeElement);
    for (const name of ['start', 'pause', 'resume', 'stop']) button(name).hidden = !visible[state].includes(name);
    if (hadFocus) button(focus).focus();
  };

  const announce = (text: string) => {
    status.textContent = text;
  };

  const speakCurrent = () => {
    const block = blocks[index];
    if (!block) return finish();
    const mine = ++turn;
    mark(block.el);
    progress.textContent = msg('progress').replace('{n}', String(index + 1)).replace('{total}', String(blocks.length));
    const u = new SpeechSynthesisUtterance(block.text);
    u.lang = lang;
    const v = voice();
    if (v) u.voice = v;
    const next = () => {
      if (mine !== turn || state !== 'playing') return;
      index++;
      speakCurrent();
    };
    u.onend = next;
    u.onerror = (e) => {
      if (e.error !== 'interrupted' && e.error !== 'canceled') next();
    };
    synth.speak(u);
  };

  const start = () => {
    turn++;
    synth.cancel();
    blocks = readableBlocks(main, lang);
    index = 0;
    state = 'playing';
    show('pause');
    announce(msg('reading'));
    speakCurrent();
  };
  const pause = () => {
    if (state !== 'playing') return;
    state = 'paused';
    turn++;
    synth.cancel();
    show('resume');
    announce(msg('paused'));
  };
  const resume = () => {
    if (state !== 'paused') return;
    state = 'playing';
    show('pause');
    announce(msg('reading'));
    speakCurrent();
  };
  const stop = () => {
    if (state === 'idle') return;
    state = 'idle';
    turn++;
    synth.cancel();
    mark();
    progress.textContent = '';
    show('start');
    announce(msg('stopped'));
  };
  function finish() {
    state = 'idle';
    mark();
    progress.textContent = '';
    show('start');
    announce(msg('done'));
  }

  box.addEventListener('click', (e) => {
    const name = (e.target as Element).closest?.('[data-ra]')?.getAttribute('data-ra');
    if (name === 'start') start();
    else if (name === 'pause') pause();
    else if (name === 'resume') resume();
    else if (name === 'stop') stop();
  });
  // Escape stops reading from anywhere on the page; leaving the page stops it too.
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state !== 'idle') stop();
  });
  window.addEventListener('pagehide', () => {
    turn++;
    synth.cancel();
  });
  // Loaded by the first press of 朗读本页: start now.
  start();
}
