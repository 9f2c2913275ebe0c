import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';

/**
 * A page of the trail as ONE text value, a line per event, for the fast verification
 * (chain-page.ts): `seq TAB hash TAB prefix TAB changes TAB suffix`, where prefix + canonical(changes)
 * + suffix is exactly the text rules.ts `chainHash` hashes. The database writes every text field
 * JSON-escaped as JSON.stringify does (`to_json`: same escapes, lower-case \u00xx), so only
 * `changes` (jsonb: its own key order and spacing) is left for JavaScript to put in canonical form.
 * One value per page instead of 16 per row: no per-value decoding in the driver (PGlite's is ≈ 1 µs).
 * Escaped text holds no raw tab or newline, so the separators are unambiguous even in a tampered row.
 */
export type ChainTextPage = { count: number; lastSeq: number | null; text: string };

const json = (column: string) => `coalesce(to_json(${column})::text, 'null')`;
/** rules.ts chainInstant: microseconds, written as milliseconds when they end in 000. */
const instant = `'"' || to_char(occurred_at at time zone 'UTC', case when date_part('microseconds', occurred_at)::bigint % 1000 = 0 then 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"' else 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"' end) || '"'`;
const before = [
  'prev_hash',
  'id',
  null,
  'facility_id',
  'actor_type',
  'actor_id',
  'actor_label',
  'action',
  'entity_type',
  'entity_id',
  'patient_id',
]
  .map((column) => (column ? json(column) : instant))
  .join(` || ',' || `);
const line = sql.raw(
  `seq::text || E'\\t' || ${json('hash')} || E'\\t' || '[' || ${before} || ',' || E'\\t' || coalesce(changes::text, 'null') || E'\\t' || ',' || ${json('reason')} || ',' || ${json('request_id')} || ']'`,
);

export async function chainTextPage(
  db: Executor,
  afterSeq: number,
  limit: number,
  upToSeq?: number,
): Promise<ChainTextPage> {
  const upTo = upToSeq === undefined ? sql`` : sql`and seq <= ${upToSeq}`;
  const result = (await db.execute(sql`
    select count(*)::int as count, max(seq)::text as last, coalesce(string_agg(line, E'\n' order by seq), '') as text
    from (select seq, ${line} as line from audit_events where seq > ${afterSeq} ${upTo} order by seq limit ${limit}) page`)) as unknown as {
    rows: { count: number; last: string | null; text: string }[];
  };
  const row = result.rows[0];
  return {
    count: row?.count ?? 0,
    lastSeq: row?.last == null ? null : Number(row.last),
    text: row?.text ?? '',
  };
}
