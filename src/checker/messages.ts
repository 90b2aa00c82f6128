/**
 * Chinese wording for the checker's English messages (src/lib/schemas.ts writes them in English).
 * A message without a translation here is shown in English in both lines.
 */
const ZH: [RegExp, string][] = [
  [/^expected a real calendar date written as YYYY-MM-DD/, '应为真实存在的日期，格式为 年-月-日，例如 2021-06-16'],
  [/^expected a date written as YYYY-MM-DD/, '应为日期，格式为 年-月-日，例如 2021-06-16'],
  [/^expected a month written as YYYY-MM/, '应为月份，格式为 年-月，例如 2020-07'],
  [/^expected lower-case letters, digits and hyphens only/, '只能使用小写英文字母、数字和连字符，例如 project-initiation'],
  [/^expected an identifier/, '应为标识符，例如 project-initiation'],
  [/^expected text, found an empty value/, '应填写文字，不能为空'],
  [/^expected text \(may be empty ""\)/, '应为文字（可以是空字符串 ""）'],
  [/^expected text/, '应为文字'],
  [/^expected a whole number such as 1/, '应为整数，例如 1'],
  [/^expected a whole number/, '应为整数'],
  [/^expected a number of 1 or more/, '应为大于等于 1 的数'],
  [/^expected a number such as 3\.3/, '应为数字，例如 3.3（不要加 % 号或引号）'],
  [/^expected true or false/, '应为 true 或 false'],
  [/^expected status to be summary or full/, 'status 应为 summary（仅概述）或 full（全文）'],
  [/^expected a list of places/, '应为地点列表（没有时写 []）'],
  [/^expected a list of organisations/, '应为单位列表（没有时写 []）'],
  [/^expected start to be on or before end/, '开始日期应早于或等于结束日期'],
  [/^expected start to fall in the period’s month/, '开始日期应在该时间段的月份内'],
  [/^expected a change note with date and note/, '应为修订记录，包含 date 和 note'],
  [/^expected one of: (.*)$/, '应为以下之一：$1'],
  [/^expected a source with document, section \(optional\) and verbatim/, '应为来源，包含 document、section（可省略）和 verbatim，例如 { document: drafting-notes, section: 三、文本内容, verbatim: true }'],
  [/^expected a source with document and section/, '应为来源，包含 document 和 section，例如 { document: drafting-notes, section: 三、文本内容 }'],
  [/^expected a plain-text file name in sources\//, '应为 sources/ 中的纯文本文件名，例如 drafting-notes.zh.txt'],
  [/^expected a list of corrections with date, note/, '应为更正记录列表，每条包含 date、note（中文）和 en（英文）'],
  [/^expected at least one document/, '清单中至少应有一份文件'],
  [/^Too small: expected array to have >=?(\d+)/, '列表至少应有 $1 项'],
  [/^Too small: expected number to be >=?(\d+)/, '应为不小于 $1 的数'],
  [/^Invalid input: expected (\w+), received (\w+)/, '类型不对：应为 $1，实际为 $2'],
];

export function zhFor(en: string): string {
  for (const [re, zh] of ZH) if (re.test(en)) return en.replace(re, zh).replace(/^.*$/s, (s) => s);
  return en;
}
