/**
 * The lineage model: which relations say that one idea descends from another, which only
 * classify or influence, and what a lineage query follows by default. The CLI's `path`,
 * `ancestors`, `descendants` and `common`, and the explorer's Path, *Lineage of…* and *Compare
 * with…* panels all read their defaults and their "what to add when nothing is found" from here,
 * so the two can never disagree about what "lineage" means.
 */
import { DESCENT_RELATIONS, relationIds, type RelationId } from './relations';

/**
 * The layers a lineage query can follow.
 * - `descent`: one idea or body grew out of, or broke away from, another (followed by default).
 * - `classification`: a school listed under a broader current (`part_of`); not descent, since a
 *   school also has its real parent(s).
 * - `influence`: drew on another without descending from it (`influenced_by`).
 */
export const LINEAGE_LAYERS = ['descent', 'classification', 'influence'] as const;
export type LineageLayer = (typeof LINEAGE_LAYERS)[number];

/** What each layer is made of and whether a lineage query follows it without being asked. */
export interface LayerSpec {
  readonly relations: readonly RelationId[];
  readonly byDefault: boolean;
  readonly label: { readonly en: string; readonly th: string };
}

/** The lineage model's table: layer → its relations, whether it is followed by default, its name. */
export const LAYERS: Readonly<Record<LineageLayer, LayerSpec>> = {
  descent: {
    relations: DESCENT_RELATIONS,
    byDefault: true,
    label: { en: 'descent', th: 'การสืบทอด' },
  },
  classification: {
    relations: ['part_of'],
    byDefault: false,
    label: { en: 'classification', th: 'การจัดกลุ่ม' },
  },
  influence: {
    relations: ['influenced_by'],
    byDefault: false,
    label: { en: 'influences', th: 'อิทธิพล' },
  },
};

/** The relations lineage queries follow when nobody says otherwise: descent, in table order. */
export const DEFAULT_LINEAGE_VIA: readonly RelationId[] = DESCENT_RELATIONS;

/** Whether `relation` is a descent relation (`derived_from`, `split_from`). */
export function isDescent(relation: string): boolean {
  return (DESCENT_RELATIONS as readonly string[]).includes(relation);
}

/** The layer a relation belongs to, or null for relations outside the lineage model (`led`, …). */
export function layerOf(relation: RelationId): LineageLayer | null {
  return LINEAGE_LAYERS.find((layer) => LAYERS[layer].relations.includes(relation)) ?? null;
}

/** `relations` without repeats, in the relation table's order (the order `--via` and URLs use). */
export function inTableOrder(relations: readonly RelationId[]): RelationId[] {
  return relationIds.filter((r) => relations.includes(r));
}

/** The optional layers a person can tick on top of descent. */
export interface LayerChoice {
  influence?: boolean;
  classification?: boolean;
}

/** The relations to follow for a choice of ticks: descent, plus what was ticked, in table order. */
export function viaForLayers(choice: LayerChoice): RelationId[] {
  return inTableOrder([
    ...LAYERS.descent.relations,
    ...(choice.influence ? LAYERS.influence.relations : []),
    ...(choice.classification ? LAYERS.classification.relations : []),
  ]);
}

/** Which optional layers `via` includes in full: the ticks a panel shows for it. */
export function layersIn(via: readonly RelationId[]): Required<LayerChoice> {
  const has = (layer: LineageLayer) => LAYERS[layer].relations.every((r) => via.includes(r));
  return { influence: has('influence'), classification: has('classification') };
}

/** `via` with a whole layer added or removed, in table order; never empty. */
export function withLayer(
  via: readonly RelationId[],
  layer: Exclude<LineageLayer, 'descent'>,
  on: boolean,
): RelationId[] {
  const relations = LAYERS[layer].relations;
  const next = on ? [...via, ...relations] : via.filter((r) => !relations.includes(r));
  return next.length ? inTableOrder(next) : [...DEFAULT_LINEAGE_VIA];
}

/** Whether `via` is exactly the default descent set. */
export function isDefaultVia(via: readonly RelationId[]): boolean {
  return inTableOrder(via).join(',') === DEFAULT_LINEAGE_VIA.join(',');
}

/** A lineage query's settings that a "try this instead" can change. */
export interface WalkSettings {
  via: readonly RelationId[];
  /** Whether edges may be walked backwards too (only `path` has this). */
  any: boolean;
}

/** One thing to add to a query that found nothing, and the settings it gives. */
export interface Widening {
  /** What is added: influences, classification, walking backwards, or several at once. */
  adds: readonly ('influence' | 'classification' | 'any-direction')[];
  settings: WalkSettings;
}

/**
 * What to add to a query that found nothing, in the order worth trying: influences,
 * classification, any direction (when `canTurn`), each alone, then all of them at once. Only
 * what the query does not follow already is offered.
 */
export function widenings(current: WalkSettings, canTurn: boolean): Widening[] {
  const single: Widening[] = [];
  for (const layer of ['influence', 'classification'] as const) {
    const relations = LAYERS[layer].relations;
    if (relations.every((r) => current.via.includes(r))) continue;
    single.push({
      adds: [layer],
      settings: { via: inTableOrder([...current.via, ...relations]), any: current.any },
    });
  }
  if (canTurn && !current.any) {
    single.push({ adds: ['any-direction'], settings: { via: current.via, any: true } });
  }
  if (single.length < 2) return single;
  const all: Widening = {
    adds: single.flatMap((w) => w.adds),
    settings: {
      via: inTableOrder(single.flatMap((w) => w.settings.via)),
      any: single.some((w) => w.settings.any),
    },
  };
  return [...single, all];
}

/**
 * The widenings that would answer: each single one that finds something, or, when none does
 * alone, all of them at once if that finds something. Empty when nothing would help.
 */
export function wideningsThatAnswer(
  current: WalkSettings,
  canTurn: boolean,
  answers: (settings: WalkSettings) => boolean,
): Widening[] {
  const candidates = widenings(current, canTurn);
  const singles = candidates.filter((w) => w.adds.length === 1);
  const found = singles.filter((w) => answers(w.settings));
  if (found.length) return found;
  const all = candidates.find((w) => w.adds.length > 1);
  return all && answers(all.settings) ? [all] : [];
}
