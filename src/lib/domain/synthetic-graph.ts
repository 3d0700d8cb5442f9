/**
 * A seeded generator of large, ideology-like graphs for benchmarks and scale tests: a deep
 * derived_from lineage growing from a few roots, people who develop ideologies and found
 * organizations, organizations that adhere to ideologies, and opposed/influenced_by cross-links.
 * Years grow down the lineage. The same options always give the same graph, and the graph passes
 * the same validation as a hand-written file.
 */
import type { RelationId } from './relations';
import type { Edge, GraphFile, Node } from './schema';
import { seededRandom } from './seeded-random';

export interface SyntheticGraphOptions {
  /** How many nodes. */
  nodes: number;
  /** How many edges; default three per node. Fewer come out when the graph cannot hold more. */
  edges?: number;
  /** PRNG seed; the same seed gives the same graph. */
  seed: number;
}

// Syllables with a Thai spelling each, so that both labels read as the same invented name.
const SYLLABLES: readonly (readonly [string, string])[] = [
  ['ka', 'คา'],
  ['ro', 'โร'],
  ['vin', 'วิน'],
  ['dal', 'ดาล'],
  ['mer', 'เมอร์'],
  ['ti', 'ที'],
  ['sa', 'ซา'],
  ['lo', 'โล'],
  ['ben', 'เบน'],
  ['gor', 'กอร์'],
  ['na', 'นา'],
  ['vek', 'เวค'],
  ['ul', 'อุล'],
  ['pre', 'เพร'],
  ['sto', 'สโต'],
  ['mi', 'มี'],
  ['zan', 'ซาน'],
  ['der', 'เดอร์'],
  ['fo', 'โฟ'],
  ['hal', 'ฮาล'],
  ['ju', 'จู'],
  ['kes', 'เคส'],
  ['ra', 'รา'],
  ['tov', 'ตอฟ'],
  ['bu', 'บู'],
  ['chen', 'เฉิน'],
  ['wa', 'วา'],
  ['len', 'เลน'],
  ['por', 'พอร์'],
  ['is', 'อิส'],
  ['ni', 'นิ'],
  ['go', 'โก'],
];
const PREFIXES: readonly (readonly [string, string])[] = [
  ['', ''],
  ['', ''],
  ['', ''],
  ['Neo-', 'นีโอ-'],
  ['Post-', 'หลัง'],
  ['Left ', 'ซ้าย'],
  ['Orthodox ', 'ออร์โธดอกซ์'],
  ['Libertarian ', 'เสรีนิยม'],
  ['Council ', 'สภา'],
];

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

type Kind = 'ideology' | 'concept' | 'person' | 'organization';

/** Generates a valid graph file; see the module comment for its shape. */
export function generateSyntheticGraph(options: SyntheticGraphOptions): GraphFile {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const word = (min: number, max: number): [string, string] => {
    const n = min + Math.floor(random() * (max - min + 1));
    let en = '';
    let th = '';
    for (let i = 0; i < n; i++) {
      const [e, t] = pick(SYLLABLES);
      en += e;
      th += t;
    }
    return [capitalize(en), th];
  };

  const total = Math.max(0, Math.floor(options.nodes));
  const wantedEdges = Math.max(0, Math.floor(options.edges ?? total * 3));
  const source = [{ source: 'synthetic', section: 'generated' }];
  const nodes: Node[] = [];
  const byKind: Record<Kind, number[]> = {
    ideology: [],
    concept: [],
    person: [],
    organization: [],
  };
  const FIRST_YEAR = 1600;
  const SPAN = 400;

  for (let i = 0; i < total; i++) {
    // Interleaving kinds by position keeps years (which grow with i) comparable across kinds.
    const r = random();
    const kind: Kind =
      i < 3 || r < 0.5 ? 'ideology' : r < 0.55 ? 'concept' : r < 0.85 ? 'person' : 'organization';
    const year = FIRST_YEAR + Math.floor((SPAN * i) / Math.max(1, total));
    const [stem, stemTh] = word(2, 3);
    let en: string;
    let th: string;
    const aliases: string[] = [];
    if (kind === 'ideology') {
      const [p, pTh] = pick(PREFIXES);
      en = `${p}${stem}ism`;
      th = `ลัทธิ${pTh}${stemTh}`;
      if (random() < 0.2) aliases.push(`${stem} Thought`);
    } else if (kind === 'concept') {
      en = `${stem} theory`;
      th = `ทฤษฎี${stemTh}`;
    } else if (kind === 'person') {
      const [last, lastTh] = word(2, 3);
      en = `${stem} ${last}`;
      th = `${stemTh} ${lastTh}`;
    } else {
      en = `${stem} ${pick(['Party', 'League', 'International', 'Front', 'Union'])}`;
      th = `${pick(['พรรค', 'สันนิบาต', 'สากล', 'แนวร่วม', 'สหภาพ'])}${stemTh}`;
    }
    const id = `${slug(en)}-${i}`;
    const time =
      kind === 'person'
        ? { start: year - 30, end: year + 10 + Math.floor(random() * 40) }
        : { start: year };
    nodes.push({
      id,
      kind,
      label: { en, th },
      aliases,
      summary: { en: `A generated ${kind}.`, th: 'ข้อมูลสังเคราะห์' },
      time,
      sources: source,
    });
    byKind[kind].push(i);
  }

  const edges: Edge[] = [];
  const seen = new Set<string>();
  const addEdge = (from: number, relation: RelationId, to: number, unordered = false): boolean => {
    if (edges.length >= wantedEdges || from === to) return false;
    // One cross-link per pair: a rivalry and an influence between the same two would be noise.
    const [a, b] = unordered && to < from ? [to, from] : [from, to];
    const key = unordered ? `${a} ~ ${b}` : `${a} ${relation} ${b}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const certainty = random() < 0.1 ? 'inferred' : 'stated';
    edges.push({
      source: nodes[from]!.id,
      target: nodes[to]!.id,
      relation,
      certainty,
      sources: source,
    });
    return true;
  };
  // An earlier member of `pool` near position `before`: close ancestors are likelier, which makes
  // the lineage deep rather than a flat fan under the roots.
  const earlier = (pool: readonly number[], before: number): number | undefined => {
    let lo = 0;
    let hi = pool.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pool[mid]! < before) lo = mid + 1;
      else hi = mid;
    }
    if (hi === 0) return undefined;
    const back = Math.floor(random() ** 3 * Math.min(hi, 400));
    return pool[hi - 1 - back];
  };
  const lineage = [...byKind.ideology, ...byKind.concept].sort((x, y) => x - y);

  // The backbone: each ideology or concept derives from one or two older ones (a DAG, since
  // edges only point back in index order), except the three roots.
  for (const i of lineage) {
    if (i < 3) continue;
    const parent = earlier(lineage, i);
    if (parent !== undefined) addEdge(i, 'derived_from', parent);
    if (random() < 0.4) {
      const second = earlier(lineage, i);
      if (second !== undefined) addEdge(i, 'derived_from', second);
    }
  }
  const ideologies = byKind.ideology;
  for (const p of byKind.person) {
    const ideology = earlier(ideologies, p + 10);
    if (ideology !== undefined) addEdge(p, 'developed', ideology);
    if (byKind.organization.length && random() < 0.5) {
      const org = earlier(byKind.organization, p + 10);
      if (org !== undefined) addEdge(p, random() < 0.3 ? 'founded' : 'member_of', org);
    }
  }
  for (const o of byKind.organization) {
    const ideology = earlier(ideologies, o);
    if (ideology !== undefined) addEdge(o, 'adhered_to', ideology);
  }
  // Cross-links until the edge budget is spent: rivalries and influences between anything.
  const actors = [...ideologies, ...byKind.person, ...byKind.organization].sort((x, y) => x - y);
  let attempts = wantedEdges * 4;
  while (edges.length < wantedEdges && attempts-- > 0 && actors.length > 1) {
    const from = pick(actors);
    const to = earlier(actors, from + 50) ?? pick(actors);
    addEdge(from, random() < 0.35 ? 'opposed' : 'influenced_by', to, true);
  }

  return {
    version: 1,
    meta: {
      id: 'synthetic',
      title: { en: 'Synthetic lineage graph', th: 'กราฟสายตระกูลสังเคราะห์' },
      description: {
        en: `Generated from seed ${options.seed} for benchmarks; not real history.`,
        th: `สร้างจากค่าเริ่มต้น ${options.seed} เพื่อวัดประสิทธิภาพ ไม่ใช่ประวัติศาสตร์จริง`,
      },
      sources: [{ id: 'synthetic', title: 'Synthetic graph generator' }],
    },
    nodes,
    edges,
  };
}
