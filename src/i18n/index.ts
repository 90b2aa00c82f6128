/**
 * UI strings: one JSON file per language (zh.json, en.json) with the same keys — a unit test
 * fails when a key is missing from either. Placeholders are written {name}.
 */
import zh from './zh.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import type { Lang } from '../lib/schemas.ts';

export type UiKey = keyof typeof zh;
export const UI: Record<Lang, Record<UiKey, string>> = { zh, en };

/** The UI string `key` in `lang`, with {placeholders} filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = UI[lang][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/** The UI string `key` in both languages, Chinese first: "中文 · English" (the browser editor's pages). */
export const tBoth = (key: UiKey, vars: Record<string, string | number> = {}, sep = ' · '): string => `${t('zh', key, vars)}${sep}${t('en', key, vars)}`;

