/**
 * The editor's dialog for a refused save: Sveltia's own heading ("…请稍后重试" / "…try again later")
 * is replaced in its Chinese and English interface strings, as they are bundled
 * (src/integrations/editor.ts, `editorMessages`), and in no other language or string.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { editorMessages, SAVE_FAILED } from '../../src/integrations/editor.ts';

const localesDir = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..', 'locales');
const read = (locale: string) => readFileSync(join(localesDir, `${locale}.json`), 'utf8');
const locales = readdirSync(localesDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

describe('the heading of a refused save', () => {
  test.each(locales.filter((l) => l === 'zh-CN' || l.startsWith('en')))('%s: says the entry was not saved, not "try again later"', (locale) => {
    const lang = locale.startsWith('zh') ? 'zh' : 'en';
    const before = JSON.parse(read(locale));
    const after = JSON.parse(editorMessages(read(locale), locale));
    expect(after.saving_entry.error).toEqual({ ...before.saving_entry.error, ...SAVE_FAILED[lang] });
    expect(JSON.stringify(after.saving_entry)).not.toMatch(/稍后|later/i);
    // Everything else is as the package has it.
    expect({ ...after, saving_entry: undefined }).toEqual({ ...before, saving_entry: undefined });
  });

  test('other languages are left as they are', () => {
    const other = locales.find((l) => !l.startsWith('zh') && !l.startsWith('en'))!;
    expect(editorMessages(read(other), other)).toBe(read(other));
  });

  test('an upgrade that drops the string stops the bundling with a message that names it', () => {
    expect(() => editorMessages('{"saving_entry":{}}', 'zh-CN')).toThrow(/saving_entry\.error\.description/);
  });
});
