/**
 * The editor opens in Chinese: unless staff have chosen a language in the editor's settings
 * (Sveltia keeps the choice in localStorage, `sveltia-cms.prefs`), its interface language is set to
 * zh-CN before it starts. Its own language menu switches to English and back.
 */
import { htmlLang } from '../../i18n/lang.ts';

const PREFS = 'sveltia-cms.prefs';

export function openInChinese(): void {
  try {
    const prefs = JSON.parse(localStorage.getItem(PREFS) || '{}') as Record<string, unknown>;
    if (!prefs.locale || prefs.locale === 'auto') localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: htmlLang('zh') }));
  } catch {
    // No local storage (blocked): the editor follows the browser's language.
  }
}
