/**
 * The relation table: every edge type the graph may use, with its labels in both languages, its
 * direction in words, and which node kinds may stand at each end. Validation, the explorer's
 * legend and the README all read this one table, so a relation is added here and nowhere else.
 */
import type { NodeKind } from './kinds';

export interface RelationSpec {
  /** Short label, e.g. for a legend. */
  readonly label: { readonly en: string; readonly th: string };
  /** How "source → target" reads as a sentence: "Maoism derived from Marxism–Leninism". */
  readonly forward: { readonly en: string; readonly th: string };
  /** How "target ← source" reads, from the target's side: "Marxism–Leninism gave rise to Maoism". */
  readonly backward: { readonly en: string; readonly th: string };
  /** What the relation means, for the README and tooltips. */
  readonly meaning: string;
  readonly from: readonly NodeKind[];
  readonly to: readonly NodeKind[];
  /** A symmetric relation reads the same both ways; a reverse duplicate counts as a duplicate. */
  readonly symmetric: boolean;
  /** An acyclic relation may not form a directed cycle (a lineage cannot loop back on itself). */
  readonly acyclic: boolean;
}

const ANY: readonly NodeKind[] = [
  'ideology',
  'person',
  'organization',
  'state',
  'event',
  'work',
  'concept',
];
const ACTORS: readonly NodeKind[] = ['person', 'organization', 'state'];

export const RELATIONS = {
  derived_from: {
    label: { en: 'derived from', th: 'พัฒนามาจาก' },
    forward: { en: 'derived from', th: 'พัฒนามาจาก' },
    backward: { en: 'gave rise to', th: 'เป็นรากฐานของ' },
    meaning: 'A newer ideology or concept grew out of an older one (Maoism → Marxism–Leninism).',
    from: ['ideology', 'concept'],
    to: ['ideology', 'concept'],
    symmetric: false,
    acyclic: true,
  },
  opposed: {
    label: { en: 'opposed', th: 'ต่อต้าน' },
    forward: { en: 'opposed', th: 'ต่อต้าน' },
    backward: { en: 'was opposed by', th: 'ถูกต่อต้านโดย' },
    meaning: 'The two stood against each other as rivals or enemies; read both ways.',
    from: ['ideology', 'person', 'organization', 'state', 'concept'],
    to: ['ideology', 'person', 'organization', 'state', 'concept'],
    symmetric: true,
    acyclic: false,
  },
  criticized: {
    label: { en: 'criticized', th: 'วิจารณ์' },
    forward: { en: 'criticized', th: 'วิจารณ์' },
    backward: { en: 'was criticized by', th: 'ถูกวิจารณ์โดย' },
    meaning: 'The source criticized the target, without the target necessarily answering in kind.',
    from: ['ideology', 'person', 'organization', 'work', 'state'],
    to: ANY,
    symmetric: false,
    acyclic: false,
  },
  founded: {
    label: { en: 'founded', th: 'ก่อตั้ง' },
    forward: { en: 'founded', th: 'ก่อตั้ง' },
    backward: { en: 'was founded by', th: 'ก่อตั้งโดย' },
    meaning: 'A person, organization or state brought an organization, state or event into being.',
    from: ACTORS,
    to: ['organization', 'state', 'event'],
    symmetric: false,
    acyclic: false,
  },
  developed: {
    label: { en: 'developed', th: 'พัฒนา' },
    forward: { en: 'developed', th: 'พัฒนา' },
    backward: { en: 'was developed by', th: 'พัฒนาโดย' },
    meaning: 'A person or organization formulated an ideology, concept or body of theory.',
    from: ['person', 'organization'],
    to: ['ideology', 'concept', 'work'],
    symmetric: false,
    acyclic: false,
  },
  led: {
    label: { en: 'led', th: 'นำ' },
    forward: { en: 'led', th: 'เป็นผู้นำของ' },
    backward: { en: 'was led by', th: 'นำโดย' },
    meaning: 'A person led an organization, state or event.',
    from: ['person'],
    to: ['organization', 'state', 'event'],
    symmetric: false,
    acyclic: false,
  },
  member_of: {
    label: { en: 'member of', th: 'สมาชิกของ' },
    forward: { en: 'was a member of', th: 'เป็นสมาชิกของ' },
    backward: { en: 'had as a member', th: 'มีสมาชิกคือ' },
    meaning: 'A person, organization or state belonged to an organization.',
    from: ACTORS,
    to: ['organization'],
    symmetric: false,
    acyclic: false,
  },
  split_from: {
    label: { en: 'split from', th: 'แยกตัวจาก' },
    forward: { en: 'split from', th: 'แยกตัวออกจาก' },
    backward: { en: 'saw a split by', th: 'มีกลุ่มแยกตัวออกไปคือ' },
    meaning: 'An organization or tendency broke away from another (Bolsheviks → RSDLP).',
    from: ['organization', 'ideology'],
    to: ['organization', 'ideology'],
    symmetric: false,
    acyclic: false,
  },
  succeeded: {
    label: { en: 'succeeded', th: 'สืบต่อจาก' },
    forward: { en: 'succeeded', th: 'สืบต่อจาก' },
    backward: { en: 'was succeeded by', th: 'ถูกสืบต่อโดย' },
    meaning: 'The source took the place of the target (a successor state, party or leader).',
    from: ['person', 'organization', 'state', 'ideology'],
    to: ['person', 'organization', 'state', 'ideology'],
    symmetric: false,
    acyclic: false,
  },
  influenced_by: {
    label: { en: 'influenced by', th: 'ได้รับอิทธิพลจาก' },
    forward: { en: 'was influenced by', th: 'ได้รับอิทธิพลจาก' },
    backward: { en: 'influenced', th: 'มีอิทธิพลต่อ' },
    meaning: 'The source drew on the target without descending from it.',
    from: ['person', 'ideology', 'organization', 'work', 'concept', 'state'],
    to: ANY,
    symmetric: false,
    acyclic: false,
  },
  authored: {
    label: { en: 'authored', th: 'เขียน' },
    forward: { en: 'wrote', th: 'เขียน' },
    backward: { en: 'was written by', th: 'เขียนโดย' },
    meaning: 'A person or organization wrote a work.',
    from: ['person', 'organization'],
    to: ['work'],
    symmetric: false,
    acyclic: false,
  },
  adhered_to: {
    label: { en: 'adhered to', th: 'ยึดถือ' },
    forward: { en: 'adhered to', th: 'ยึดถือ' },
    backward: { en: 'was held by', th: 'ถูกยึดถือโดย' },
    meaning:
      'A person, organization or state held an ideology (a party line, an official doctrine).',
    from: ACTORS,
    to: ['ideology'],
    symmetric: false,
    acyclic: false,
  },
  allied_with: {
    label: { en: 'allied with', th: 'เป็นพันธมิตรกับ' },
    forward: { en: 'was allied with', th: 'เป็นพันธมิตรกับ' },
    backward: { en: 'was allied with', th: 'เป็นพันธมิตรกับ' },
    meaning: 'The two worked together; read both ways.',
    from: ACTORS,
    to: ACTORS,
    symmetric: true,
    acyclic: false,
  },
  participated_in: {
    label: { en: 'participated in', th: 'มีส่วนร่วมใน' },
    forward: { en: 'took part in', th: 'มีส่วนร่วมใน' },
    backward: { en: 'involved', th: 'มีผู้เข้าร่วมคือ' },
    meaning: 'A person, organization or state took part in an event.',
    from: ACTORS,
    to: ['event'],
    symmetric: false,
    acyclic: false,
  },
  part_of: {
    label: { en: 'part of', th: 'เป็นส่วนหนึ่งของ' },
    forward: { en: 'is part of', th: 'เป็นส่วนหนึ่งของ' },
    backward: { en: 'includes', th: 'ประกอบด้วย' },
    meaning:
      'The source belongs within the target: a tendency within a movement, a concept within a theory.',
    from: ANY,
    to: ANY,
    symmetric: false,
    acyclic: true,
  },
  occurred_in: {
    label: { en: 'occurred in', th: 'เกิดขึ้นใน' },
    forward: { en: 'took place in', th: 'เกิดขึ้นใน' },
    backward: { en: 'was the place of', th: 'เป็นสถานที่เกิดของ' },
    meaning: 'An event took place in a state.',
    from: ['event'],
    to: ['state'],
    symmetric: false,
    acyclic: false,
  },
  caused: {
    label: { en: 'caused', th: 'นำไปสู่' },
    forward: { en: 'led to', th: 'นำไปสู่' },
    backward: { en: 'resulted from', th: 'เป็นผลจาก' },
    meaning: 'An event brought about another event, a state or an organization.',
    from: ['event'],
    to: ['event', 'state', 'organization'],
    symmetric: false,
    acyclic: true,
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationId = keyof typeof RELATIONS;

/** Every relation id, in table order. */
export const relationIds = Object.keys(RELATIONS) as [RelationId, ...RelationId[]];

/** The spec of a relation, typed as the interface rather than the literal table row. */
export function relationSpec(id: RelationId): RelationSpec {
  return RELATIONS[id];
}

/**
 * The lineage model's backbone: the relations that say one idea or body descends from another.
 * Lineage queries (path, ancestors, descendants, common) and the Lineage layout follow these by
 * default. Classification (`part_of`) and influence (`influenced_by`) are other layers, added on
 * request.
 */
export const DESCENT_RELATIONS = [
  'derived_from',
  'split_from',
] as const satisfies readonly RelationId[];
