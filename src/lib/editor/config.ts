/**
 * The browser editor's configuration (Sveltia CMS), generated from the collection declarations
 * (src/model/collections.ts) and their schemas (src/lib/schemas.ts): every field of every schema,
 * with its type, whether it is required, its pattern, choices and limits, and nothing else. A field
 * added to a schema appears in the editor by construction; tests/unit/editor-config.test.ts proves
 * that the two hold the same fields.
 *
 * Layout: Markdown collections use Sveltia's `multiple_folders` i18n with `folder: content` and
 * `path: "<folder>/{{slug}}"`, i.e. content/<lang>/<folder>/<name>.md. Language-neutral fields are
 * entered once (`i18n: duplicate`, copied into the other language's file); `source` is written in the
 * Chinese file only (`i18n: false`); every other field, `updated` and `changes` included, belongs to
 * its language (`i18n: true`).
 *
 * Pure: no DOM, no Node. Used by the admin page (src/client/admin/main.ts) and by the tests.
 */
import { z } from 'astro/zod';
import {
  LANGS,
  LOCALIZED_DATA,
  MARKDOWN_COLLECTIONS,
  NEUTRAL_DATA,
  type MarkdownCollectionDecl,
} from '../../model/collections.ts';
import { fieldLabel } from './labels.ts';
import { tBoth } from '../../i18n/index.ts';

/** The custom file formats the editor reads and writes with (src/lib/editor/text-format.ts). */
// Sveltia requires a format named `…-frontmatter` for `.md` files.
export const MARKDOWN_FORMAT = 'plan-frontmatter';
export const YAML_FORMAT = 'plan-yaml';

/** JSON Schema as zod 4 writes it (the parts the editor uses). */
export interface JsonSchema {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: (string | number)[];
  minLength?: number;
  minItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
}

/** The input side of a schema (what a file holds), as JSON Schema. */
export const jsonSchemaOf = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

export type I18nMode = boolean | 'duplicate';

/** A Sveltia field (the options this generator writes). */
export interface Field {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  i18n?: I18nMode;
  pattern?: [string, string];
  [option: string]: unknown;
}

const PATTERN_MESSAGE = tBoth('admin.patternMessage');
const MONTH_MESSAGE = tBoth('admin.monthMessage');

/**
 * "Choices from what exists" that a schema cannot state: a document id is one of the ids listed in
 * sources/manifest.yaml, so the editor offers those ids (a relation to the list of documents).
 */
const DOCUMENT_CHOICE = {
  widget: 'relation',
  collection: 'sources',
  file: 'manifest',
  value_field: 'documents.*.id',
  display_fields: ['documents.*.shortTitle', 'documents.*.id'],
  search_fields: ['documents.*.id', 'documents.*.title'],
} as const;
/**
 * An official text is a file in sources/, kept exactly as received: staff upload it (a new text, or
 * a corrected copy that replaces the old one), and the field holds its file name.
 */
const SOURCE_FILE = {
  widget: 'file',
  media_folder: '/sources',
  public_folder: '',
  choose_url: false,
  accept: '.txt,text/plain',
} as const;

const CHOICES: Record<string, Record<string, unknown>> = {
  'source.document': DOCUMENT_CHOICE,
  'documents.supersedes': DOCUMENT_CHOICE,
  'documents.file': SOURCE_FILE,
};

/** Lists kept newest first (docs/editing-guide): a new item is added at the top. */
const NEWEST_FIRST = new Set(['changes', 'documents.corrections']);

/** Dates are shown with a date picker and stored as YYYY-MM-DD text. */
const DATE = { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' } as const;

/**
 * One schema property as an editor field. `path` is the property's place in the schema without list
 * positions (`changes.note`), `i18n` what the field does in the other language.
 */
export function toField(name: string, prop: JsonSchema, path: string, required: boolean, i18n?: I18nMode): Field {
  const base: Field = { name, label: fieldLabel(path), widget: 'string', required, ...(i18n === undefined ? {} : { i18n }) };
  const choice = CHOICES[path];
  if (choice) return { ...base, ...choice };
  if (prop.format === 'date') return { ...base, ...DATE };
  if (prop.format === 'month') return { ...base, widget: 'string', pattern: [prop.pattern ?? '^\\d{4}-(0[1-9]|1[0-2])$', MONTH_MESSAGE] };
  if (prop.enum) return { ...base, widget: 'select', options: prop.enum.map(String) };
  switch (prop.type) {
    case 'string':
      return { ...base, widget: 'string', ...(prop.pattern ? { pattern: [prop.pattern, PATTERN_MESSAGE] as [string, string] } : {}) };
    case 'integer':
    case 'number': {
      const min = prop.exclusiveMinimum !== undefined ? prop.exclusiveMinimum + 1 : prop.minimum;
      return { ...base, widget: 'number', value_type: prop.type === 'integer' ? 'int' : 'float', ...(min !== undefined ? { min } : {}) };
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'array': {
      const items = prop.items ?? {};
      const min = prop.minItems ? { min: prop.minItems } : {};
      // A list the schema requires but allows empty (`places: []` for none): the editor must not
      // ask for an item (its `required` means "at least one").
      if (!prop.minItems) base.required = false;
      const top = NEWEST_FIRST.has(path) ? { add_to_top: true } : {};
      if (items.type === 'object' && items.properties) {
        return { ...base, widget: 'list', ...min, ...top, fields: objectFields(items, path, i18n), ...listSummary(items) };
      }
      return { ...base, widget: 'list', ...min, field: toField(name, items, path, true, i18n) };
    }
    case 'object':
      if (prop.properties) return { ...base, widget: 'object', fields: objectFields(prop, path, i18n) };
      // A map from a key to a text (e.g. indicator id → its name): key-value pairs.
      return { ...base, widget: 'keyvalue' };
    default:
      return base;
  }
}

function objectFields(schema: JsonSchema, path: string, i18n?: I18nMode): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, prop]) => toField(key, prop, path ? `${path}.${key}` : key, required.has(key), i18n));
}

/** How a list item is shown folded: its id, date or first text field. */
function listSummary(items: JsonSchema): { summary?: string } {
  const keys = Object.keys(items.properties ?? {});
  const first = ['id', 'date', 'zh', 'title'].filter((k) => keys.includes(k));
  return first.length ? { summary: first.map((k) => `{{fields.${k}}}`).join(' · ') } : {};
}

/** Which i18n mode a top-level front-matter field of a Markdown collection gets. */
export function markdownFieldI18n(decl: MarkdownCollectionDecl, field: string): I18nMode {
  if (decl.neutralFields.includes(field)) return 'duplicate';
  if (field === 'source') return false;
  return true;
}

/** The file name a new entry gets, from its fields (`{{number}}` → tasks/7.md). */
const NEW_FILE_NAME: Record<string, string> = {
  notes: '{{order}}-{{anchor}}',
  chapters: '{{number}}',
  tasks: '{{number}}',
  survey: '{{period}}',
};

/** The field a list of entries shows for each. */
const LIST_SUMMARY: Record<string, { identifier: string; summary: string; sort?: string }> = {
  notes: { identifier: 'anchor', summary: '{{order}} {{title}}', sort: 'order' },
  plan: { identifier: 'title', summary: '{{title}}' },
  chapters: { identifier: 'title', summary: '{{number}}. {{title}}', sort: 'number' },
  tasks: { identifier: 'title', summary: '{{number}}. {{shortTitle}}', sort: 'number' },
  survey: { identifier: 'label', summary: '{{period}} {{label}}', sort: 'period' },
};

export const collectionLabel = (label: { zh: string; en: string }) => `${label.zh} · ${label.en}`;

function markdownCollection(decl: MarkdownCollectionDecl) {
  const schema = jsonSchemaOf(decl.schema());
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).map(([key, prop]) =>
    toField(key, prop, key, required.has(key), markdownFieldI18n(decl, key)),
  );
  const list = LIST_SUMMARY[decl.name] ?? { identifier: 'title', summary: '{{title}}' };
  const fileName = NEW_FILE_NAME[decl.name];
  return {
    name: decl.name,
    label: collectionLabel(decl.label),
    folder: 'content',
    path: `${decl.folder}/{{slug}}`,
    extension: 'md',
    format: MARKDOWN_FORMAT,
    i18n: true,
    create: !!fileName,
    delete: false,
    ...(fileName ? { slug: fileName } : {}),
    identifier_field: list.identifier,
    summary: list.summary,
    ...(list.sort ? { sortable_fields: { fields: [list.sort], default: { field: list.sort, direction: 'ascending' } } } : {}),
    editor: { preview: false },
    // The text below the front matter: plain text, so that Markdown is kept exactly as written.
    fields: [...fields, { name: 'body', label: fieldLabel('body'), widget: 'text', required: false, i18n: true }],
  };
}

function dataFields(schema: z.ZodType, i18n?: I18nMode): Field[] {
  const js = jsonSchemaOf(schema);
  const required = new Set(js.required ?? []);
  return Object.entries(js.properties ?? {}).map(([key, prop]) => toField(key, prop, key, required.has(key), i18n));
}

/** The editor's collections, generated from src/model/collections.ts. */
export function editorCollections() {
  return [
    ...MARKDOWN_COLLECTIONS.map(markdownCollection),
    ...LOCALIZED_DATA.map((decl) => ({
      name: decl.name,
      label: collectionLabel(decl.label),
      i18n: true,
      files: [
        {
          name: decl.name,
          label: collectionLabel(decl.label),
          file: `content/{{locale}}/${decl.file}`,
          format: YAML_FORMAT,
          i18n: true,
          editor: { preview: false },
          fields: dataFields(decl.schema(), true),
        },
      ],
    })),
    {
      name: 'data',
      label: tBoth('admin.dataCollection'),
      files: NEUTRAL_DATA.filter((d) => d.name !== 'sources').map((decl) => ({
        name: decl.name,
        label: collectionLabel(decl.label),
        file: decl.path,
        format: YAML_FORMAT,
        editor: { preview: false },
        fields: dataFields(decl.schema()),
      })),
    },
    {
      name: 'sources',
      label: collectionLabel(NEUTRAL_DATA.find((d) => d.name === 'sources')!.label),
      files: NEUTRAL_DATA.filter((d) => d.name === 'sources').map((decl) => ({
        name: 'manifest',
        label: collectionLabel(decl.label),
        file: decl.path,
        format: YAML_FORMAT,
        editor: { preview: false },
        fields: dataFields(decl.schema()),
      })),
    },
  ];
}

export interface BackendSection {
  backend: Record<string, unknown>;
  publish_mode?: string;
}

/** Where a file field without its own `media_folder` puts an uploaded file (images of the site). */
export const MEDIA_FOLDER = 'public/images';

/** The whole configuration passed to `CMS.init({ config })`. */
export function editorConfig(backend: BackendSection) {
  return {
    load_config_file: false,
    ...backend,
    app_title: tBoth('admin.title'),
    media_folder: MEDIA_FOLDER,
    public_folder: '/images',
    // No stock-photo libraries (Pexels, Pixabay, Unsplash, Lorem Picsum) in the file dialog: they are
    // other hosts, and a government site publishes its own images only.
    media_libraries: { stock_assets: false },
    i18n: { structure: 'multiple_folders', locales: [...LANGS], default_locale: 'zh' },
    output: { omit_empty_optional_fields: true },
    collections: editorCollections(),
  };
}
