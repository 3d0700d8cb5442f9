/**
 * Node kinds: the closed vocabulary of what a node can be, with the words the interface uses
 * for each in both languages. The schema's `kind` enum is built from this table.
 */

export const NODE_KINDS = {
  ideology: { en: 'Ideology', th: 'อุดมการณ์', plural: { en: 'Ideologies', th: 'อุดมการณ์' } },
  person: { en: 'Person', th: 'บุคคล', plural: { en: 'People', th: 'บุคคล' } },
  organization: { en: 'Organization', th: 'องค์การ', plural: { en: 'Organizations', th: 'องค์การ' } },
  state: { en: 'State', th: 'รัฐ', plural: { en: 'States', th: 'รัฐ' } },
  event: { en: 'Event', th: 'เหตุการณ์', plural: { en: 'Events', th: 'เหตุการณ์' } },
  work: { en: 'Work', th: 'ผลงาน', plural: { en: 'Works', th: 'ผลงาน' } },
  concept: { en: 'Concept', th: 'แนวคิด', plural: { en: 'Concepts', th: 'แนวคิด' } },
} as const;

export type NodeKind = keyof typeof NODE_KINDS;

/** Every kind, in the order the interface lists them. */
export const nodeKinds = Object.keys(NODE_KINDS) as [NodeKind, ...NodeKind[]];
