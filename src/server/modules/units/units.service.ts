/** Use cases of the unit directory: list, create, edit, merge, and match names from documents. */
import { type DirectoryUnit, matchUnit, normalizeUnitName } from "../../../core/domain/units/match.ts";
import { assertCan } from "../../access/can.ts";
import type { ServiceContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { commonErrors } from "../../errors.ts";
import { audited } from "../audit/audit.ts";
import { unitCycle, unitMergeSelf, unitNameTaken, unitNotFound } from "./units.errors.ts";
import { presentUnit } from "./units.presenter.ts";
import {
  ancestorIds,
  existingUnitIds,
  findLiveUnit,
  insertAlias,
  insertUnit,
  isNameTaken,
  listLiveUnits,
  replaceAliases,
  repointUnit,
  updateUnitRow,
} from "./units.repository.ts";
import type { UNIT_KINDS } from "./units.schemas.ts";
import { markStatusesStale } from "../status/status.queries.ts";
import { forgetAllSessions } from "../auth/session-cache.ts";

type UnitKind = (typeof UNIT_KINDS)[number];

/** The directory as the matcher needs it. */
export async function loadDirectory(db: Db): Promise<DirectoryUnit[]> {
  return (await listLiveUnits(db)).map((unit) => ({ id: unit.id, name: unit.name, aliases: unit.aliases }));
}

/** Throws 404 unless every id is a live unit. */
export async function assertUnitsExist(db: Db, ids: string[]): Promise<void> {
  const found = await existingUnitIds(db, ids);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw unitNotFound({ unitIds: missing });
}

/** Every live unit. */
export async function listUnits(ctx: ServiceContext) {
  assertCan(ctx.actor, "units.read");
  return (await listLiveUnits(ctx.db)).map(presentUnit);
}

/** Candidates in the directory for a name as written in a document. */
export async function matchUnitName(ctx: ServiceContext, name: string) {
  assertCan(ctx.actor, "units.read");
  return matchUnit(name, await loadDirectory(ctx.db));
}

async function assertNamesFree(db: Db, names: string[], exceptUnitId?: string) {
  const normalized = names.map(normalizeUnitName);
  if (new Set(normalized).size !== normalized.length) throw unitNameTaken({ names });
  for (const name of normalized) {
    if (await isNameTaken(db, name, exceptUnitId)) throw unitNameTaken({ name });
  }
}

/** Input of createUnit. */
export interface NewUnit {
  name: string;
  parentId?: string | null;
  aliases?: string[];
  kind?: UnitKind;
}

/** Creates a unit inside an open transaction (also used when a supervisor creates one while resolving a plan). */
export async function insertNewUnit(tx: Db, ctx: ServiceContext, input: NewUnit) {
  const name = normalizeUnitName(input.name);
  const aliases = (input.aliases ?? []).map(normalizeUnitName).filter((alias) => alias !== name);
  await assertNamesFree(tx, [name, ...aliases]);
  if (input.parentId) await assertUnitsExist(tx, [input.parentId]);
  const now = ctx.clock.now();
  const row = await insertUnit(tx, {
    name,
    parentId: input.parentId ?? null,
    kind: input.kind ?? "department",
    createdAt: now,
    updatedAt: now,
  });
  await replaceAliases(tx, row.id, aliases);
  return presentUnit({ ...row, aliases });
}

/** Creates a unit with its aliases. */
export async function createUnit(ctx: ServiceContext, input: NewUnit) {
  assertCan(ctx.actor, "units.write");
  return audited(ctx, { action: "units.create", entity: "unit" }, async (tx) => {
    const unit = await insertNewUnit(tx, ctx, input);
    return { result: unit, entityId: unit.id };
  });
}

/** Adds a name to a unit's aliases inside an open transaction, unless it is already its name or alias. */
export async function addAliasIfNew(tx: Db, unitId: string, name: string): Promise<void> {
  const unit = await findLiveUnit(tx, unitId);
  if (!unit) throw unitNotFound();
  const alias = normalizeUnitName(name);
  if (alias === unit.name || unit.aliases.includes(alias)) return;
  await assertNamesFree(tx, [alias], unitId);
  await insertAlias(tx, unitId, alias);
}

/** Input of updateUnit. */
export interface UnitChanges {
  version: number;
  name?: string;
  parentId?: string | null;
  aliases?: string[];
  kind?: UnitKind;
}

/** Edits a unit; a stale version gets 409 with the current unit, a parent under the unit itself 422. */
export async function updateUnit(ctx: ServiceContext, id: string, changes: UnitChanges) {
  assertCan(ctx.actor, "units.write");
  return audited(ctx, { action: "units.update", entity: "unit", entityId: id }, async (tx) => {
    const unit = await findLiveUnit(tx, id, true);
    if (!unit) throw unitNotFound();
    const before = presentUnit(unit);
    if (unit.version !== changes.version) throw commonErrors.stale({ current: before });
    const name = changes.name ? normalizeUnitName(changes.name) : unit.name;
    const aliases = (changes.aliases ?? unit.aliases).map(normalizeUnitName).filter((alias) => alias !== name);
    await assertNamesFree(tx, [name, ...aliases], id);
    if (changes.parentId) {
      await assertUnitsExist(tx, [changes.parentId]);
      if ((await ancestorIds(tx, changes.parentId)).includes(id)) throw unitCycle();
    }
    const row = await updateUnitRow(tx, id, {
      name,
      parentId: changes.parentId === undefined ? unit.parentId : changes.parentId,
      kind: changes.kind ?? unit.kind,
      version: unit.version + 1,
      updatedAt: ctx.clock.now(),
    });
    await replaceAliases(tx, id, aliases);
    await markStatusesStale({ db: tx, clock: ctx.clock });
    return { result: presentUnit({ ...row, aliases }), before };
  });
}

/** Merges a unit into another: its name becomes an alias of the other, and aliases, assignments and members move. */
export async function mergeUnit(ctx: ServiceContext, id: string, intoId: string) {
  assertCan(ctx.actor, "units.write");
  if (id === intoId) throw unitMergeSelf();
  const result = await audited(ctx, { action: "units.merge", entity: "unit", entityId: id }, async (tx) => {
    const source = await findLiveUnit(tx, id, true);
    const target = await findLiveUnit(tx, intoId, true);
    if (!source || !target) throw unitNotFound();
    if ((await ancestorIds(tx, intoId)).includes(id)) throw unitCycle();
    await repointUnit(tx, id, intoId);
    const now = ctx.clock.now();
    await updateUnitRow(tx, id, { mergedIntoId: intoId, mergedAt: now, version: source.version + 1, updatedAt: now });
    await insertAlias(tx, intoId, source.name);
    await updateUnitRow(tx, intoId, { version: target.version + 1, updatedAt: now });
    const merged = await findLiveUnit(tx, intoId);
    if (!merged) throw unitNotFound();
    await markStatusesStale({ db: tx, clock: ctx.clock });
    return { result: presentUnit(merged), before: { source: presentUnit(source), target: presentUnit(target) } };
  });
  // the source's members now belong to the target: their sessions are read again
  forgetAllSessions(ctx.db);
  return result;
}
