/**
 * Build phase timing for the scale benchmark (bench/scale/run.ts). Off unless the environment
 * variable PLAN_TIMING names a file; then each call appends one line `<phase> <start|end> <epoch ms>`.
 */
import { appendFileSync } from 'node:fs';

export function mark(phase: string, edge: 'start' | 'end'): void {
  const file = process.env.PLAN_TIMING;
  if (file) appendFileSync(file, `${phase} ${edge} ${Date.now()}\n`);
}
