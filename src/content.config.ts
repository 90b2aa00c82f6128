/**
 * Content collections. Every schema comes from src/lib/schemas.ts, which the content checker
 * (npm run check, and the first step of every build) also uses.
 *
 * Layout: content/<lang>/<collection>/… holds one language's words; content/data/ holds the
 * language-neutral facts (figures, dates, glossary) defined once.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  chapterSchema,
  glossarySchema,
  notesSchema,
  planSchema,
  surveyDataSchema,
  surveyPeriodSchema,
  targetDataSchema,
  targetTextSchema,
  taskSchema,
} from './lib/schemas.ts';

/** Entry id `<lang>/<file name without extension>`, e.g. `zh/3` or `en/01-project-initiation`. */
const byLang = (collection: string) =>
  glob({
    base: './content',
    pattern: `{zh,en}/${collection}/*.md`,
    generateId: ({ entry }) => {
      const [lang, , file] = entry.split('/');
      return `${lang}/${(file ?? '').replace(/\.md$/, '')}`;
    },
  });

const dataFile = (pattern: string) =>
  glob({ base: './content', pattern, generateId: ({ entry }) => entry.replace(/\.ya?ml$/, '') });

export const collections = {
  notes: defineCollection({ loader: byLang('notes'), schema: notesSchema() }),
  chapters: defineCollection({ loader: byLang('chapters'), schema: chapterSchema() }),
  tasks: defineCollection({ loader: byLang('tasks'), schema: taskSchema() }),
  survey: defineCollection({ loader: byLang('survey'), schema: surveyPeriodSchema() }),
  /** content/<lang>/plan/index.md: the plan's metadata block and introduction → id `<lang>/index`. */
  plan: defineCollection({ loader: byLang('plan'), schema: planSchema() }),
  /** content/zh/targets.yaml and content/en/targets.yaml → ids `zh/targets`, `en/targets`. */
  targetText: defineCollection({ loader: dataFile('{zh,en}/targets.yaml'), schema: targetTextSchema() }),
  targetData: defineCollection({ loader: dataFile('data/targets.yaml'), schema: targetDataSchema() }),
  surveyData: defineCollection({ loader: dataFile('data/survey.yaml'), schema: surveyDataSchema() }),
  glossary: defineCollection({ loader: dataFile('data/glossary.yaml'), schema: glossarySchema() }),
};
