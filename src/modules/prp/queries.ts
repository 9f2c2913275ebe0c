import { recordQueries } from '../records/queries.ts';
import { prpSessions } from './schema.ts';

/** A session's day is the day it happened; its author, who started it at the chair. */
export const prpSessionQueries = recordQueries(prpSessions, { day: 'sessionOn', author: 'startedBy' });

export type PrpSessionRow = typeof prpSessions.$inferSelect;
