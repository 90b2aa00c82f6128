/**
 * The browser editor's configuration is generated from the schemas (src/lib/editor/config.ts): every
 * field of every schema is in it, with the schema's type, required flag, pattern, choices and
 * limits, and nothing else is (but each Markdown file's text, `body`). Read from the schemas, so a
 * new field is covered without touching this test.
 */
import { describe, expect, test } from 'vitest';
import { COLLECTIONS, MARKDOWN_COLLECTIONS, type CollectionDecl } from '../../src/model/collections.ts';
import { editorCollections, editorConfig, jsonSchemaOf, type Field, type JsonSchema } from '../../src/lib/editor/config.ts';
import { FIELD_LABELS } from '../../src/lib/editor/labels.ts';

interface Leaf {
  path: string;
  prop: JsonSchema;
  required: boolean;
}

/** Every property of a schema, by path without list positions. */
function schemaPaths(schema: JsonSchema, prefix = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  const required = new Set(schema.required ?? []);
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const path = prefix + key;
    out.set(path, { path, prop, required: required.has(key) });
    const inner = prop.type === 'array' ? prop.items : prop;
    if (inner?.properties) schemaPaths(inner, `${path}.`, out);
  }
  return out;
}

/** Every field of an editor field list, by path. */
function configPaths(fields: readonly Field[], prefix = '', out = new Map<string, Field>()): Map<string, Field> {
  for (const field of fields) {
    const path = prefix + field.name;
    out.set(path, field);
    if (Array.isArray(field.fields)) configPaths(field.fields as Field[], `${path}.`, out);
  }
  return out;
}

type EditorCollection = ReturnType<typeof editorCollections>[number];
const collections = editorCollections() as EditorCollection[];

/** The editor's fields for one declared collection. */
function editorFieldsOf(decl: CollectionDecl): Field[] {
  if (decl.kind === 'markdown') {
    const c = collections.find((x) => x.name === decl.name) as { fields: Field[] };
    return c.fields.filter((f) => f.name !== 'body');
  }
  for (const c of collections) {
    for (const file of ('files' in c ? c.files : []) as { name: string; file: string; fields: Field[] }[]) {
      if (decl.kind === 'data' && file.file === decl.path) return file.fields;
      if (decl.kind === 'localized-data' && file.file === `content/{{locale}}/${decl.file}`) return file.fields;
    }
  }
  throw new Error(`no editor collection for ${decl.name}`);
}

describe('the editor configuration is generated from the schemas', () => {
  for (const decl of COLLECTIONS) {
    describe(decl.name, () => {
      const schema = schemaPaths(jsonSchemaOf(decl.schema()));
      const config = configPaths(editorFieldsOf(decl));

      test('every field of the schema is in the editor, and nothing else', () => {
        expect([...config.keys()].sort()).toEqual([...schema.keys()].sort());
      });

      test('each field has the schema’s type, required flag, pattern, choices and limits', () => {
        for (const [path, { prop, required }] of schema) {
          const field = config.get(path)!;
          // A list the editor may leave empty: the schema's `[]` for none (the file keeps it).
          expect(field.required, path).toBe(prop.type === 'array' && !prop.minItems ? false : required);
          if (field.widget === 'relation') {
            // A document id: one of the ids sources/manifest.yaml lists.
            expect(field.value_field, path).toBe('documents.*.id');
            continue;
          }
          if (field.widget === 'file') {
            // An official text: a file uploaded into sources/, the field holding its name.
            expect([path, field.media_folder, field.public_folder], path).toEqual(['documents.file', '/sources', '']);
            continue;
          }
          if (prop.format === 'date') expect([field.widget, field.type, field.format], path).toEqual(['datetime', 'date', 'YYYY-MM-DD']);
          else if (prop.format === 'month') expect(new RegExp(field.pattern![0]).test('2020-07') && !new RegExp(field.pattern![0]).test('2020-13'), path).toBe(true);
          else if (prop.enum) expect([field.widget, field.options], path).toEqual(['select', prop.enum.map(String)]);
          else if (prop.type === 'string') {
            expect(field.widget, path).toBe('string');
            expect(field.pattern?.[0], path).toBe(prop.pattern);
          } else if (prop.type === 'integer' || prop.type === 'number') {
            expect([field.widget, field.value_type], path).toEqual(['number', prop.type === 'integer' ? 'int' : 'float']);
            if (prop.exclusiveMinimum !== undefined) expect(field.min, path).toBe(prop.exclusiveMinimum + 1);
          } else if (prop.type === 'boolean') expect(field.widget, path).toBe('boolean');
          else if (prop.type === 'array') {
            expect(field.widget, path).toBe('list');
            expect(field.min, path).toBe(prop.minItems);
          } else if (prop.type === 'object') expect(field.widget, path).toBe(prop.properties ? 'object' : 'keyvalue');
        }
      });

      test('every field has a label in both languages', () => {
        expect([...schema.keys()].filter((p) => !FIELD_LABELS[p]?.zh || !FIELD_LABELS[p]?.en)).toEqual([]);
      });
    });
  }

  test('Markdown collections: content/<lang>/<folder>/<name>.md, neutral fields entered once, source in Chinese only, the rest per language', () => {
    expect(editorConfig({ backend: { name: 'test-repo' } }).i18n).toEqual({ structure: 'multiple_folders', locales: ['zh', 'en'], default_locale: 'zh' });
    for (const decl of MARKDOWN_COLLECTIONS) {
      const c = collections.find((x) => x.name === decl.name) as { folder: string; path: string; fields: Field[] };
      expect([c.folder, c.path]).toEqual(['content', `${decl.folder}/{{slug}}`]);
      for (const field of c.fields) {
        const expected = (decl.neutralFields as readonly string[]).includes(field.name) ? 'duplicate' : field.name === 'source' ? false : true;
        expect(field.i18n, `${decl.name}.${field.name}`).toBe(expected);
      }
      for (const name of ['updated', 'changes']) {
        const field = c.fields.find((f) => f.name === name);
        if (field) expect(field.i18n, `${decl.name}.${name}`).toBe(true);
      }
    }
  });
});
