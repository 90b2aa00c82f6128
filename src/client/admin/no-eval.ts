/**
 * zod compiles parsers with new Function() unless told not to: the editor's Content-Security-Policy
 * allows no eval (and zod's own probe for it would be reported as a violation). Imported first by
 * main.ts, before any module that builds a schema.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
