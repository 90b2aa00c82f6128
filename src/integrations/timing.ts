/**
 * Build phase timing for the scale benchmark (bench/scale/run.ts). Off unless the environment
 * variable PLAN_TIMING names a file; then each call appends one line
 * `<phase> <start|end> <epoch ms> <CPU ms>`, where CPU ms is the processor time used so far by this
 * process and its child processes (Pagefind's indexer runs as one), so a phase's CPU time is the
 * difference between its two lines. On a busy machine wall-clock time mostly measures waiting for a
 * processor; CPU time does not.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';

/** utime + stime (+ cutime + cstime: children already waited for) of a /proc/<pid>/stat, in clock ticks. */
function ticks(pid: string): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14–17 of proc(5), counted after the command name: utime stime cutime cstime.
  return [11, 12, 13, 14].reduce((a, i) => a + Number(fields[i]), 0);
}

/** Children still running (or not yet waited for) of a process, from /proc/<pid>/task/<tid>/children. */
function children(pid: string): string[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
    try {
      return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    } catch {
      return [];
    }
  });
}

/** CPU milliseconds used so far by this process and all its descendants; this process alone where /proc is missing. */
export function cpuMs(): number {
  try {
    // USER_HZ is 100 on Linux (sysconf(_SC_CLK_TCK)), as proc(5) reports these fields.
    let total = 0;
    const visit = (pid: string) => {
      try {
        total += ticks(pid);
        for (const child of children(pid)) visit(child);
      } catch {
        // A child that ended meanwhile: its time is in our cutime once it is waited for.
      }
    };
    visit(String(process.pid));
    return total * 10;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
}

export function mark(phase: string, edge: 'start' | 'end'): void {
  const file = process.env.PLAN_TIMING;
  if (file) appendFileSync(file, `${phase} ${edge} ${Date.now()} ${Math.round(cpuMs())}\n`);
}
