/**
 * A path in words: "Maoism derived from Marxism–Leninism, which derived from Leninism, which
 * derived from Marxism." Phrases come from the lineage wording (lineage-words), names from the node labels, so
 * the sentence reads the same in the CLI and in the explorer, in English or Thai.
 */
import type { GraphModel } from '../graph-model';
import type { Lang } from '../lang';
import { stepPhrase } from '../lineage-words';
import type { Certainty } from '../schema';
import type { LineagePath } from './types';

export type { Lang };

const CERTAINTY: Record<Exclude<Certainty, 'stated'>, Record<Lang, string>> = {
  disputed: { en: 'disputed', th: 'เป็นที่โต้แย้ง' },
  inferred: { en: 'inferred', th: 'อนุมาน' },
};

/** "disputed" or "inferred" in `lang`; empty for a stated fact, which needs no remark. */
export function certaintyWord(certainty: Certainty, lang: Lang): string {
  return certainty === 'stated' ? '' : CERTAINTY[certainty][lang];
}

/** " (disputed)" after a step the source does not state plainly; nothing for a stated one. */
export function certaintyNote(certainty: Certainty, lang: Lang): string {
  return certainty === 'stated' ? '' : ` (${certaintyWord(certainty, lang)})`;
}

/**
 * One sentence for `path` in `lang`. A step walked against its edge reads from the other side
 * ("Marxism gave rise to Leninism"); a step that is not stated is marked "(disputed)" or
 * "(inferred)". A path without steps is just the node's name.
 */
export function explain(model: GraphModel, path: LineagePath, lang: Lang): string {
  const label = (id: string) => model.node(id)?.label[lang] ?? id;
  const [first] = path.nodes;
  if (first === undefined) return '';
  const clauses = path.steps.map((step) => {
    const phrase = stepPhrase(step.relation, step.direction, lang);
    const note = certaintyNote(step.certainty, lang);
    return lang === 'en'
      ? `${phrase} ${label(step.to)}${note}`
      : `${phrase}${label(step.to)}${note}`;
  });
  if (lang === 'en') {
    return `${label(first)}${clauses.length ? ' ' : ''}${clauses.join(', which ')}.`;
  }
  // Thai ends a sentence without a full stop; "ซึ่ง" (which) opens each relative clause after a space.
  return `${label(first)}${clauses.join(' ซึ่ง')}`;
}
