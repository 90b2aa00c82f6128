/**
 * A refused save's problems, shown in the editor as staff see the checks' messages elsewhere: in
 * Chinese and English, naming the file and line, above the field they concern (the field's group in
 * the column of its language; a problem in the text below the front matter goes to the text field,
 * one without a field to the top of the column), and all of them in the editor's error message.
 * Cleared when the next save is tried or the entry is closed.
 */
import { htmlLang } from '../../i18n/lang.ts';

export interface ShownProblem {
  file: string;
  line?: number;
  field?: string;
  zh: string;
  en: string;
  /** Another file the message is about: a warning on the glossary is shown at the text that uses the alias. */
  related?: string;
  /** Shown, never refusing the save. */
  warning?: boolean;
}

const CLASS = 'plan-check-problem';

/** The editor column (`zh`, `en`, or `_default` for a file in no language) a file is edited in. */
export const localeOf = (file: string) => /^content\/(zh|en)\//.exec(file)?.[1] ?? '_default';

export function clearProblems(): void {
  for (const el of document.querySelectorAll(`.${CLASS}`)) el.remove();
}

/** The element to show a problem above: its field, or the nearest field on its path, or the column. */
function anchorFor(p: ShownProblem, isMarkdown: boolean): Element | null {
  const paneOf = (file: string) => document.querySelector(`.content-editor .pane[data-mode="edit"][data-locale="${CSS.escape(localeOf(file))}"]`);
  const own = paneOf(p.file);
  if (!own && p.related) {
    // Shown at the top of the related file's column: the field is the other file's.
    const pane = paneOf(p.related);
    return pane?.querySelector('[data-key-path]') ?? pane?.firstElementChild ?? null;
  }
  const pane = own;
  if (!pane) return null;
  const parts = p.field ? p.field.split('.') : isMarkdown && p.line ? ['body'] : [];
  for (let n = parts.length; n > 0; n--) {
    const el = pane.querySelector(`[data-key-path="${CSS.escape(parts.slice(0, n).join('.'))}"]`);
    if (el) return el;
  }
  return pane.querySelector('[data-key-path]') ?? pane.firstElementChild;
}

/** One line for the error message: where, then both languages. */
export const describe = (p: ShownProblem) => `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` [${p.field}]` : ''}\n${p.zh}\n${p.en}`;

export function showProblems(problems: readonly ShownProblem[]): void {
  clearProblems();
  for (const p of problems) {
    const anchor = anchorFor(p, p.file.endsWith('.md'));
    if (!anchor) continue;
    const box = document.createElement('div');
    box.className = p.warning ? `${CLASS} ${CLASS}-warning` : CLASS;
    box.setAttribute('role', p.warning ? 'status' : 'alert');
    const where = document.createElement('p');
    where.className = `${CLASS}-where`;
    where.textContent = `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` · ${p.field}` : ''}`;
    const zh = document.createElement('p');
    zh.lang = htmlLang('zh');
    zh.textContent = p.zh;
    const en = document.createElement('p');
    en.lang = 'en';
    en.textContent = p.en;
    box.append(where, zh, en);
    anchor.prepend(box);
  }
}
