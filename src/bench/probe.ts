/**
 * Preloaded into a benchmarked presslens process (`node --import probe.js cli.js ...`): on exit it
 * writes the process's peak RSS (worker threads included: they share the process) and CPU time to
 * the file named by PRESSLENS_BENCH_PROBE. Never loaded by presslens itself.
 */
import { writeFileSync } from 'node:fs';

const target = process.env['PRESSLENS_BENCH_PROBE'];
if (target) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKb: u.maxRSS, userCpuMs: u.userCPUTime / 1000, systemCpuMs: u.systemCPUTime / 1000 }));
  });
}
