/**
 * The checker's public entry for the browser editor and the build: `checkContent(files, options)`
 * over the files as text by repo-relative path, the rules and what each needs, the message
 * catalogue and the report. (On Node, src/checker/node.ts reads the project from disk.)
 */
export { checkContent, formatProblem, formatReport, formatWarnings, NEUTRAL_FIELDS, RULES, rulesFor } from './check.ts';
export { MESSAGES, SCHEMA_WORDING, say, zhFor, type Bilingual, type MessageKind } from './messages.ts';
export type * from './types.ts';
