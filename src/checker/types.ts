/**
 * The checker's shared types: what it reads (files as text, by repo-relative path), what a rule sees
 * (the content as read, `Content`) and what it reports (`Problem`). Every rule file imports these from
 * here; nothing here imports a rule.
 */
import type { z } from 'astro/zod';
import type { Root as MdastRoot } from 'mdast';
import type {
  Lang,
  glossarySchema,
  sourceDocumentSchema,
  sourceManifestSchema,
  surveyDataSchema,
  targetDataSchema,
  targetTextSchema,
} from '../lib/schemas.ts';
import type { CollectionDecl, EntryData, MarkdownCollection } from '../model/collections.ts';
import type { SourceText } from '../lib/sources/text.ts';
import type { MessageKind } from './messages.ts';

export type { Lang, MarkdownCollection };

export interface Problem {
  file: string;
  line?: number;
  /** Dotted field path, e.g. `periods.0.start`, or undefined for the whole file. */
  field?: string;
  /** What is wrong and what was expected, in English. */
  en: string;
  /** The same in Chinese. */
  zh: string;
  /** Which message of the catalogue (src/checker/messages.ts) this is. */
  kind?: MessageKind;
  /** Another file the message is about (a warning on the glossary names the text that uses an alias). */
  related?: string;
}

/** One content file as the checker reads it: its data with the line of every value, and its Markdown body. */
export interface SourceFile {
  /** Path relative to the project root, with forward slashes, e.g. content/zh/chapters/3.md */
  path: string;
  /** Parsed front matter (Markdown) or whole document (YAML); undefined when it could not be parsed. */
  data: unknown;
  /** Markdown body (empty for YAML files). */
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
  /** Line of the value at a path in the data, when known. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** YAML syntax errors, with their lines. */
  syntaxErrors: { line: number; message: string }[];
  raw: string;
}

export interface Entry<T = Record<string, unknown>, C extends MarkdownCollection = MarkdownCollection> {
  file: SourceFile;
  lang: Lang;
  collection: C;
  /** File name without extension, e.g. `3` or `01-project-initiation`. */
  name: string;
  data: T;
}

/** An entry of collection `C` (any, unless told), its front matter as C's schema gives it. */
export type EntryOf<C extends MarkdownCollection = MarkdownCollection> = C extends MarkdownCollection ? Entry<EntryData[C], C> : never;

/** A YAML data file that passed its schema. */
export interface DataFile<T> {
  file: SourceFile;
  data: T;
}

export type TargetData = z.infer<ReturnType<typeof targetDataSchema>>;
export type SurveyData = z.infer<ReturnType<typeof surveyDataSchema>>;
export type TargetText = z.infer<ReturnType<typeof targetTextSchema>>;
export type Glossary = z.infer<ReturnType<typeof glossarySchema>>;
export type SourceManifest = z.infer<ReturnType<typeof sourceManifestSchema>>;
export type SourceDocument = z.infer<ReturnType<typeof sourceDocumentSchema>>;

/** An official text listed in sources/manifest.yaml, read and split into sections. */
export interface LoadedSource {
  meta: SourceDocument;
  text: SourceText;
  /** e.g. sources/drafting-notes.zh.txt */
  path: string;
}

/**
 * What a rule reads: a collection of src/model/collections.ts (by name), the official texts
 * (`sourceTexts`: sources/*.txt) or the names of the files in public/ (`public`).
 */
export type Input = CollectionDecl['name'] | 'sourceTexts' | 'public';

/** The content as read once per check, shared by every rule (read-only). */
export interface Content {
  /** Every content file read, in reading order (also those that failed their schema). */
  files: SourceFile[];
  /** Valid Markdown entries, by collection. */
  entries: { [C in MarkdownCollection]: EntryOf<C>[] };
  targetData?: DataFile<TargetData>;
  surveyData?: DataFile<SurveyData>;
  glossary?: DataFile<Glossary>;
  targetText: Partial<Record<Lang, DataFile<TargetText>>>;
  manifest?: DataFile<SourceManifest>;
  /** The official texts of the manifest, by document id. */
  sources: Map<string, LoadedSource>;
  /** Paths of the files in public/ (e.g. images/map.png), when known. */
  publicFiles?: ReadonlySet<string>;
  /**
   * The files as they were before the revision being checked (repo-relative path → text), when known:
   * the editor's files before the save, the pipeline's target branch (rules/change-notes.ts).
   */
  previous?: ReadonlyMap<string, string>;
  /** A Markdown text as a tree, parsed once per check (shared: treat it as read-only). */
  markdown(body: string): MdastRoot;
}

/** One rule of the checker (one file in src/checker/rules/). */
export interface Rule {
  name: string;
  /** The inputs the rule reads: the browser editor runs the rules whose inputs it has. */
  needs: readonly Input[];
  check(content: Content): Problem[];
  /**
   * What the rule only warns about: shown by `npm run check`, the build and the editor, never failing
   * them or refusing a save (e.g. glossary aliases the text uses: search vocabulary never blocks publishing).
   */
  warn?(content: Content): Problem[];
}

export interface CheckOptions {
  /** Paths of the files in public/, relative to it (images must exist); without it, images are not looked for. */
  publicFiles?: ReadonlySet<string>;
  /**
   * The inputs `files` holds, when it holds only some (the browser editor): rules that need others are
   * not run, and a missing file of an input not held is not reported. Default: every input.
   */
  inputs?: ReadonlySet<Input>;
  /**
   * The files as they were before this revision (same form as `files`): rules that compare a revision
   * with what it changes (rules/change-notes.ts) run only when it is given.
   */
  previous?: ReadonlyMap<string, string>;
  /**
   * How a Markdown text becomes its tree (mdast, positions included). Default: remark-parse +
   * remark-gfm (pure JavaScript, also in the browser editor); on Node the checker passes Sätteri's
   * parser (src/checker/node.ts), which gives the same trees (tests/unit/markdown-parse.test.ts) many
   * times faster.
   */
  parseMarkdown?: (text: string) => MdastRoot;
}

export interface CheckResult {
  problems: Problem[];
  /** What the rules only warn about (Rule.warn): shown, never blocking. */
  warnings: Problem[];
  /** Valid entries, by collection. */
  entries: Record<MarkdownCollection, Entry[]>;
  files: SourceFile[];
}
