/** `npm run check`: validate all content without building; exit 1 when anything is wrong. */
import { formatReport } from '../src/checker/check.ts';
import { checkProject } from '../src/checker/node.ts';
import { contentFingerprint, rememberPass } from '../src/integrations/check-cache.ts';

const root = process.cwd();
const fingerprint = contentFingerprint(root);
const { problems } = checkProject(root);
console[problems.length ? 'error' : 'log'](formatReport(problems));
process.exitCode = problems.length ? 1 : 0;
// The build that usually follows need not check the same files again (src/integrations/check-cache.ts).
if (!problems.length) rememberPass(root, fingerprint);
