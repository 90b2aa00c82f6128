/**
 * Site settings that are not content: the fields Chinese government websites show in their footer
 * (主办单位, 网站标识码, ICP备案号, 公安备案号, contact details). None of them is in the source
 * document, so none has a default: each is read from an environment variable at build time and the
 * footer shows it only when it is set (documented in docs/deploy.md).
 */
import type { Lang } from './schemas.ts';

/** Setting → environment variable. Text settings in both languages have a _ZH and an _EN variable. */
export const SETTING_VARS = {
  organizerZh: 'PLAN_ORGANIZER_ZH',
  organizerEn: 'PLAN_ORGANIZER_EN',
  siteCode: 'PLAN_SITE_CODE',
  icp: 'PLAN_ICP',
  psb: 'PLAN_PSB',
  phone: 'PLAN_CONTACT_PHONE',
  email: 'PLAN_CONTACT_EMAIL',
  addressZh: 'PLAN_CONTACT_ADDRESS_ZH',
  addressEn: 'PLAN_CONTACT_ADDRESS_EN',
} as const;
export type SettingName = keyof typeof SETTING_VARS;

export interface LocalText {
  text: string;
  /** The language the text is written in (an English page shows the Chinese text when no English is set). */
  lang: Lang;
}

export interface FooterField {
  key: 'organizer' | 'siteCode' | 'icp' | 'psb' | 'phone' | 'email' | 'address';
  value: LocalText;
  href?: string;
}

/** The registers the two record numbers can be looked up in (standard links on government sites). */
export const ICP_REGISTER = 'https://beian.miit.gov.cn/';
export const psbRegister = (psb: string) => `https://beian.mps.gov.cn/#/query/webSearch?code=${psb.replace(/\D/g, '')}`;

/** Settings read from `env`; empty values count as not set. Throws, naming the variable, on a malformed one. */
export function readSettings(env: Record<string, string | undefined>): Partial<Record<SettingName, string>> {
  const out: Partial<Record<SettingName, string>> = {};
  for (const [name, variable] of Object.entries(SETTING_VARS) as [SettingName, string][]) {
    const v = env[variable]?.trim();
    if (v) out[name] = v;
  }
  if (out.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(out.email)) {
    throw new Error(`${SETTING_VARS.email} is "${out.email}": expected an e-mail address such as name@example.gov.cn`);
  }
  if (out.phone && !/^[0-9+()\-\s]+$/.test(out.phone)) {
    throw new Error(`${SETTING_VARS.phone} is "${out.phone}": expected a telephone number (digits, spaces, + ( ) -), e.g. 0579-12345678`);
  }
  return out;
}

/** The footer fields of one language, in display order; only those that are set. */
export function footerFields(lang: Lang, settings: Partial<Record<SettingName, string>>): FooterField[] {
  const local = (zh?: string, en?: string): LocalText | undefined =>
    lang === 'en' && en ? { text: en, lang: 'en' } : zh ? { text: zh, lang: 'zh' } : en ? { text: en, lang: 'en' } : undefined;
  const plain = (v?: string): LocalText | undefined => (v ? { text: v, lang } : undefined);
  const fields: (FooterField | undefined)[] = [
    withValue('organizer', local(settings.organizerZh, settings.organizerEn)),
    withValue('siteCode', plain(settings.siteCode)),
    withValue('icp', local(settings.icp), ICP_REGISTER),
    withValue('psb', local(settings.psb), settings.psb && psbRegister(settings.psb)),
    withValue('phone', plain(settings.phone), settings.phone && `tel:${settings.phone.replace(/[^\d+]/g, '')}`),
    withValue('email', plain(settings.email), settings.email && `mailto:${settings.email}`),
    withValue('address', local(settings.addressZh, settings.addressEn)),
  ];
  return fields.filter((f): f is FooterField => !!f);
}

function withValue(key: FooterField['key'], value: LocalText | undefined, href?: string): FooterField | undefined {
  return value && { key, value, ...(href ? { href } : {}) };
}
