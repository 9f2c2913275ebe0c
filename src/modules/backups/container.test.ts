import { describe, expect, it } from 'vitest';
import { BackupFormatError, encodeRecord, parseRecords, type RecordType } from './container.ts';

async function collect(chunks: Buffer[]) {
  const out = [];
  const source = (async function* () {
    yield* chunks;
  })();
  for await (const r of parseRecords(source))
    out.push({ type: r.type, name: r.name, data: Buffer.from(r.data) });
  return out;
}

/** A small seeded generator (fast-check is not a dependency here): the same cases every run. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % below;
  };
}

describe('the record container', () => {
  it('reads back what was written, however the stream is chunked', async () => {
    const next = random(18);
    for (let round = 0; round < 200; round++) {
      const records = Array.from({ length: next(6) }, () => ({
        type: (['H', 'T', 'B', 'M'] as RecordType[])[next(4)] as RecordType,
        name: '名前'.repeat(next(3)) + String(next(1000)),
        data: Buffer.from(Array.from({ length: next(300) }, () => next(256))),
      }));
      const bytes = Buffer.concat(records.map((r) => encodeRecord(r.type, r.name, r.data)));
      const cuts = [...new Set(Array.from({ length: next(8) }, () => next(bytes.length + 1)))].sort(
        (a, b) => a - b,
      );
      const chunks = [0, ...cuts]
        .map((start, i) => bytes.subarray(start, cuts[i] ?? bytes.length))
        .filter((b) => b.length);
      expect(await collect(chunks)).toEqual(records);
    }
  });

  it('refuses a stream cut inside a record', async () => {
    const bytes = encodeRecord('T', 'patients', Buffer.from('{"a":1}\n'));
    for (let end = 1; end < bytes.length; end++) {
      await expect(collect([bytes.subarray(0, end)])).rejects.toBeInstanceOf(BackupFormatError);
    }
  });
});
