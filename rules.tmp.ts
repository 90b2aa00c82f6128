import { loadProject } from './src/checker/node.ts';
import { RULES } from './src/checker/check.ts';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
let t = cpu();
const t00 = t;
const loaded = loadProject(process.argv[2]!);
console.log('load', (cpu() - t).toFixed(2));
for (const r of RULES) {
  t = cpu(); r.check(loaded.content); const c = cpu() - t;
  t = cpu(); r.warn?.(loaded.content); const w = cpu() - t;
  console.log(r.name, c.toFixed(2), w ? w.toFixed(2) : '');
}
console.log('total', (cpu() - t00).toFixed(2), 'process', (process.cpuUsage().user/1e6).toFixed(2));
