import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openConfiguredDatabase } from '../../platform/server.ts';
import { BenchDataRefused, generateBenchData } from '../bench-data/generate.ts';
import { CliError, type Command } from '../command.ts';

const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** A `\r` line on stderr: patients written, rows/s, time left. */
function progressLine(total: number) {
  const start = performance.now();
  const tty = process.stderr.isTTY;
  let lastPrinted = 0;
  return (done: number, rows: number) => {
    const now = performance.now();
    if (!tty && done < total && now - lastPrinted < 5000) return;
    lastPrinted = now;
    const seconds = (now - start) / 1000;
    const eta = done > 0 ? (seconds / done) * (total - done) : 0;
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(
      `${tty ? '\r' : ''}[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${fmt(done)}/${fmt(total)} patients, ` +
        `${fmt(rows / Math.max(seconds, 0.001))} rows/s, ETA ${Math.ceil(eta)} s ${tty ? '' : '\n'}`,
    );
  };
}

export const benchDataCommand: Command = {
  name: 'bench-data',
  summary:
    'Fill a clinic with a large, clearly fictional history (patients, records, audit trail) for benchmarks',
  help: [
    'Options:',
    '  --patients N      how many patients (default 200000); ≈ 0.385 consultations and scar assessments each',
    '  --facility NAME   the facility to fill (default: the first clinic; one is made when there is none)',
    '',
    'Makes no photos. Refuses a facility holding patients it did not make. With PGlite the server must not be running.',
  ].join('\n'),
  async run(args, config) {
    const { values } = parseArgs({
      args,
      options: { patients: { type: 'string' }, facility: { type: 'string' } },
      strict: true,
    });
    const patients = Number(values.patients ?? 200_000);
    if (!Number.isSafeInteger(patients) || patients < 1 || patients > 10_000_000)
      throw new CliError('--patients takes a whole number from 1 to 10,000,000.');
    const database = await openConfiguredDatabase(config);
    try {
      await database.migrate();
      const start = performance.now();
      const summary = await generateBenchData(database.db, {
        patients,
        facility: values.facility,
        progress: progressLine(patients),
      }).catch((error: unknown) => {
        throw error instanceof BenchDataRefused ? new CliError(error.message) : error;
      });
      const seconds = (performance.now() - start) / 1000;
      const rows = summary.patients + summary.consultations + summary.assessments + summary.auditEvents;
      process.stderr.write('\n');
      process.stdout.write(
        `${summary.facilityName}: ${fmt(summary.patients)} patients (${summary.firstPatientNumber}–${summary.lastPatientNumber}), ` +
          `${fmt(summary.consultations)} consultations, ${fmt(summary.assessments)} scar assessments, ` +
          `${fmt(summary.auditEvents)} audit events; ${fmt(rows)} rows in ${seconds.toFixed(1)} s ` +
          `(${fmt(rows / seconds)} rows/s, ANALYZE included).\n`,
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};
