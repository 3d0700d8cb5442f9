/**
 * The words of lineage answers, in English and Thai, for the CLI and the explorer alike: how a
 * step of a lineage reads ("Trotskyism broke away from Leninism", "… is a current of …"), what a
 * query follows ("Following descent: derived from, split from"), and the sentences around
 * paths, lineages and comparisons. One table, so the terminal and the panels say the same thing.
 */
import { LAYERS, layerOf } from './lineage-model';
import type { Lang } from './lang';
import { RELATIONS, type RelationId } from './relations';

type Words = { readonly en: string; readonly th: string };

/**
 * How a step reads in a lineage sentence where it says more than the relation table's short
 * phrase: a split is a breaking away, and classification lists a school under a current.
 */
const LINEAGE_PHRASES: Partial<Record<RelationId, { forward: Words; backward: Words }>> = {
  split_from: {
    forward: { en: 'broke away from', th: 'แยกตัวออกมาจาก' },
    backward: { en: 'saw a breakaway by', th: 'มีกลุ่มที่แยกตัวออกไปคือ' },
  },
  part_of: {
    forward: { en: 'is a current of', th: 'เป็นกระแสหนึ่งของ' },
    backward: { en: 'has as a current', th: 'มีกระแสย่อยคือ' },
  },
};

/**
 * The phrase for one step of a lineage: "derived from", "broke away from", "is a current of";
 * from the target's side ("gave rise to") when the step was walked against its edge.
 */
export function stepPhrase(
  relation: RelationId,
  direction: 'forward' | 'backward',
  lang: Lang,
): string {
  const words = LINEAGE_PHRASES[relation] ?? RELATIONS[relation];
  return words[direction][lang];
}

/** Relations as a person reads them: "derived from, split from". */
export function relationWords(via: readonly RelationId[], lang: Lang): string {
  return via.map((r) => RELATIONS[r].label[lang]).join(', ');
}

/**
 * What a lineage query follows, in words: "Following descent: derived from, split from", then
 * "+ influences: influenced by" for each other layer, and any other relation by name.
 */
export function followingWords(via: readonly RelationId[], lang: Lang): string {
  const parts: string[] = [];
  for (const layer of ['descent', 'influence', 'classification'] as const) {
    const inLayer = via.filter((r) => layerOf(r) === layer);
    if (inLayer.length) parts.push(`${LAYERS[layer].label[lang]}: ${relationWords(inLayer, lang)}`);
  }
  const others = via.filter((r) => layerOf(r) === null);
  if (others.length) parts.push(relationWords(others, lang));
  const head = lang === 'en' ? 'Following ' : 'ตามสาย';
  return `${head}${parts.join(lang === 'en' ? '; ' : ' ; ')}`;
}

const en = {
  /** "Path 2 (3 steps)": the CLI's heading for each of several paths, and the panel's choice. */
  pathChoice: (n: number, steps: number) =>
    `Path ${n} (${steps} ${steps === 1 ? 'step' : 'steps'})`,
  walkedAgainst: 'walked against the edge',
  generationNumber: 'generation',
  ancestorsHeading: (label: string, via: string) => `Ancestors of ${label} via ${via}:`,
  descendantsHeading: (label: string, via: string) => `Descendants of ${label} via ${via}:`,
  commonHeading: (names: string, via: string) => `Common ancestors of ${names} via ${via}:`,
  namesAnd: ' and ',
  lowest: 'lowest',
  diverged: 'Where they diverged: ',
  noPath: (from: string, to: string, via: string) => `No path from ${from} to ${to} via ${via}.`,
  noPathHint: 'Try any direction, or follow more relations.',
  includeInfluences: 'Include influences',
  includeClassification: 'Include classification (part of)',
  lineageSummary: (name: string, up: number, down: number) =>
    `${name} has ${up} ${up === 1 ? 'ancestor' : 'ancestors'} and ${down} ${down === 1 ? 'descendant' : 'descendants'} by derivation.`,
  noAncestors: 'None: nothing it derived from is recorded.',
  noDescendants: 'None: nothing recorded derived from it.',
  noCommonAncestors: (a: string, b: string) => `${a} and ${b} share no ancestors by derivation.`,
  ancestorOfOther: (ancestor: string, other: string, n: number) =>
    `${ancestor} is itself an ancestor of ${other}, ${n === 1 ? 'one generation' : `${n} generations`} back.`,
  splitAt: (a: string, b: string, at: string, ga: number, gb: number) =>
    `${a} and ${b} both descend from ${at}, where their lineages split (${ga} and ${gb} ${gb === 1 && ga === 1 ? 'generation' : 'generations'} back).`,
};

export type LineageWords = typeof en;

const th: LineageWords = {
  pathChoice: (n, steps) => `เส้นทางที่ ${n} (${steps} ขั้น)`,
  walkedAgainst: 'เดินย้อนทิศของเส้นเชื่อม',
  generationNumber: 'รุ่นที่',
  ancestorsHeading: (label, via) => `บรรพบุรุษของ${label} ผ่าน ${via}:`,
  descendantsHeading: (label, via) => `ผู้สืบทอดของ${label} ผ่าน ${via}:`,
  commonHeading: (names, via) => `บรรพบุรุษร่วมของ${names} ผ่าน ${via}:`,
  namesAnd: ' และ',
  lowest: 'ต่ำสุด',
  diverged: 'จุดที่แยกทางกัน: ',
  noPath: (from, to, via) => `ไม่พบเส้นทางจาก${from}ไปยัง${to} ผ่านความสัมพันธ์ “${via}”`,
  noPathHint: 'ลองค้นหาทุกทิศทาง หรือเพิ่มความสัมพันธ์ที่จะใช้',
  includeInfluences: 'รวมอิทธิพล',
  includeClassification: 'รวมการจัดกลุ่ม (เป็นส่วนหนึ่งของ)',
  lineageSummary: (name, up, down) =>
    `${name}มีบรรพบุรุษทางความคิด ${up} รายการ และผู้สืบทอด ${down} รายการ ตามสายการพัฒนา`,
  noAncestors: 'ไม่มี: ไม่มีบันทึกว่าพัฒนามาจากสิ่งใด',
  noDescendants: 'ไม่มี: ไม่มีบันทึกว่ามีสิ่งใดพัฒนามาจากสิ่งนี้',
  noCommonAncestors: (a, b) => `${a}และ${b}ไม่มีบรรพบุรุษร่วมกันตามสายการพัฒนา`,
  ancestorOfOther: (ancestor, other, n) => `${ancestor}เป็นบรรพบุรุษของ${other}เอง ย้อนไป ${n} รุ่น`,
  splitAt: (a, b, at, ga, gb) =>
    `${a}และ${b}ต่างสืบทอดมาจาก${at} ซึ่งเป็นจุดที่สายความคิดแยกทางกัน (ย้อนไป ${ga} และ ${gb} รุ่น)`,
};

/** Every lineage sentence and heading, by language; the explorer's string table includes these. */
export const LINEAGE_WORDS: Readonly<Record<Lang, LineageWords>> = { en, th };
