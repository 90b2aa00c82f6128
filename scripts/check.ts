/** `npm run check`: validate all content without building; exit 1 when anything is wrong. */
import { checkContent, formatReport } from '../src/lib/content/check.ts';

const { problems } = checkContent(process.cwd());
console[problems.length ? 'error' : 'log'](formatReport(problems));
process.exitCode = problems.length ? 1 : 0;
