import { uuidv7 } from 'uuidv7';
import type { Database, Transaction } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { startOfTokyoDay, todayInTokyo, tokyoDateOf } from '../../domain/tokyo-date.ts';
import { actorId, type RequestContext } from '../../platform/actor.ts';
import { conflict, notFound, validationFailed } from '../../platform/errors.ts';
import { recordAudit } from '../audit/recorder.ts';
import { facilityIdOf } from '../records/scope.ts';
import type { StoragePlaceKind, StoragePlaceStatus } from './enums.ts';
import { addDays, roundOutOfRange, roundProblems } from './rules.ts';
import * as q from './storage.queries.ts';

export type PlaceInput = { name: string; kind: StoragePlaceKind };
export type RoundInput = {
  takenAt?: string | undefined;
  currentC: number;
  minC: number;
  maxC: number;
  note?: string | null | undefined;
};

type RoundView = NonNullable<Awaited<ReturnType<typeof q.findRound>>>;
export const presentRound = ({ round, takenByName }: RoundView) => ({ ...round, takenByName });
export type RoundPresented = ReturnType<typeof presentRound>;

export type StorageService = ReturnType<typeof createStorageService>;

/** Storage places and their temperature rounds (issue 22; fridges 2–8 °C). */
export function createStorageService(db: Database) {
  async function placeForChange(tx: Transaction, ctx: RequestContext, id: string, version: number) {
    const place = await q.findPlace(tx, facilityIdOf(ctx), id, true);
    if (!place) throw notFound('Storage place');
    if (place.version !== version) {
      throw conflict('STALE_VERSION', 'The storage place was changed by someone else. Reload and try again.');
    }
    if (place.status === 'retired')
      throw conflict('STORAGE_PLACE_RETIRED', 'A retired storage place is kept as it was.');
    return place;
  }

  async function nameTaken(tx: Transaction, facilityId: string, name: string | undefined, id?: string) {
    if (name === undefined) return;
    const holder = await q.findPlaceByName(tx, facilityId, name);
    if (holder && holder.id !== id) {
      throw conflict('STORAGE_PLACE_NAME_TAKEN', 'Another storage place has this name.', [
        { path: 'name', code: 'STORAGE_PLACE_NAME_TAKEN', message: holder.id },
      ]);
    }
  }

  async function presentPlace(
    ex: Database | Transaction,
    row: { place: q.StoragePlaceRow; latestRoundId: string | null },
  ) {
    const latest = row.latestRoundId ? await q.findRound(ex, row.latestRoundId) : undefined;
    const latestRound = latest ? presentRound(latest) : null;
    return {
      ...row.place,
      latestRound,
      roundTakenToday: latestRound !== null && tokyoDateOf(latestRound.takenAt) === todayInTokyo(),
    };
  }

  async function placeView(ex: Database | Transaction, facilityId: string, id: string) {
    const place = await q.findPlace(ex, facilityId, id);
    if (!place) throw notFound('Storage place');
    return presentPlace(ex, { place, latestRoundId: await q.latestRoundId(ex, id) });
  }

  return {
    async list(ctx: RequestContext, status: StoragePlaceStatus | undefined) {
      // A clinic has a handful of places: one query each for the latest round is fine.
      const rows = await q.listPlaces(db, facilityIdOf(ctx), status);
      return Promise.all(
        rows.map(async (place) =>
          presentPlace(db, { place, latestRoundId: await q.latestRoundId(db, place.id) }),
        ),
      );
    },

    get: (ctx: RequestContext, id: string) => placeView(db, facilityIdOf(ctx), id),

    create(ctx: RequestContext, input: PlaceInput) {
      const facilityId = facilityIdOf(ctx);
      return inTransaction(db, async (tx) => {
        await nameTaken(tx, facilityId, input.name);
        const place = await q.insertPlace(tx, { ...input, id: uuidv7(), facilityId, status: 'active' });
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'storage_place',
          entityId: place.id,
          after: place,
        });
        return presentPlace(tx, { place, latestRoundId: null });
      });
    },

    update(ctx: RequestContext, id: string, changes: Partial<PlaceInput> & { version: number }) {
      const { version, ...fields } = changes;
      return inTransaction(db, async (tx) => {
        const current = await placeForChange(tx, ctx, id, version);
        await nameTaken(tx, current.facilityId, fields.name, id);
        const place = await q.updatePlace(tx, id, fields);
        await recordAudit(tx, ctx, {
          action: 'update',
          entityType: 'storage_place',
          entityId: id,
          before: current,
          after: place,
        });
        return presentPlace(tx, { place, latestRoundId: await q.latestRoundId(tx, id) });
      });
    },

    retire(ctx: RequestContext, id: string, change: { version: number; reason: string }) {
      return inTransaction(db, async (tx) => {
        const current = await placeForChange(tx, ctx, id, change.version);
        const place = await q.updatePlace(tx, id, { status: 'retired' });
        await recordAudit(tx, ctx, {
          action: 'retire',
          entityType: 'storage_place',
          entityId: id,
          before: current,
          after: place,
          reason: change.reason,
        });
        return presentPlace(tx, { place, latestRoundId: await q.latestRoundId(tx, id) });
      });
    },

    /** A round: a fridge outside 2–8 °C is recorded, flagged, and needs the action taken in `note`. */
    takeRound(ctx: RequestContext, placeId: string, input: RoundInput) {
      const takenAt = input.takenAt ? new Date(input.takenAt) : new Date();
      if (takenAt.getTime() > Date.now() + 5 * 60_000) {
        throw validationFailed([
          { path: 'takenAt', code: 'DATE_IN_FUTURE', message: 'A round is recorded once taken.' },
        ]);
      }
      return inTransaction(db, async (tx) => {
        const place = await q.findPlace(tx, facilityIdOf(ctx), placeId);
        if (!place) throw notFound('Storage place');
        if (place.status === 'retired')
          throw conflict('STORAGE_PLACE_RETIRED', 'A retired storage place takes no rounds.');
        const outOfRange = roundOutOfRange(place.kind, input);
        const problems = roundProblems(input, outOfRange);
        if (problems.length > 0) throw validationFailed(problems);
        const round = await q.insertRound(tx, {
          id: uuidv7(),
          facilityId: place.facilityId,
          storagePlaceId: place.id,
          takenAt,
          currentC: input.currentC,
          minC: input.minC,
          maxC: input.maxC,
          outOfRange,
          note: input.note?.trim() || null,
          takenBy: ctx.actor.kind === 'user' ? actorId(ctx.actor) : null,
        });
        await recordAudit(tx, ctx, {
          action: 'create',
          entityType: 'temperature_round',
          entityId: round.id,
          after: round,
          details: { storagePlace: place.name, outOfRange },
        });
        const view = await q.findRound(tx, round.id);
        if (!view) throw new Error('the round just written is gone');
        return presentRound(view);
      });
    },

    /** A place's rounds between two Tokyo days (default: the last 30 days), newest first. */
    async rounds(
      ctx: RequestContext,
      placeId: string,
      range: { from?: string | undefined; to?: string | undefined },
    ) {
      const place = await q.findPlace(db, facilityIdOf(ctx), placeId);
      if (!place) throw notFound('Storage place');
      const to = range.to ?? todayInTokyo();
      const from = range.from ?? addDays(to, -30);
      if (from > to) {
        throw validationFailed([
          { path: 'from', code: 'RANGE_REVERSED', message: 'From is after to.', in: 'querystring' },
        ]);
      }
      const rows = await q.roundsOf(db, placeId, startOfTokyoDay(from), startOfTokyoDay(addDays(to, 1)));
      return rows.map(presentRound);
    },
  };
}
