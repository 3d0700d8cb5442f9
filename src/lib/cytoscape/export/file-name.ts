/**
 * File names for exports that say what the file shows: `isms-maoism-lineage.png` (a node's
 * neighbourhood in the lineage layout), `isms-communism-network.svg` (the whole graph),
 * `isms-path-maoism-marxism.png` (a path), `isms-compare-maoism-trotskyism.png`,
 * `isms-maoism.graphml` (data has no layout).
 */

/** What a picture or data file shows. */
export type ExportSubject =
  | { readonly kind: 'graph'; readonly id: string }
  | { readonly kind: 'focus'; readonly id: string }
  | { readonly kind: 'path'; readonly from: string; readonly to: string }
  | { readonly kind: 'compare'; readonly a: string; readonly b: string };

/** Lower-case ASCII words joined by hyphens; ids are kebab-case already, user graph ids may not be. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/**
 * The download name for `subject` as `extension`. Pictures of a graph or a focus also name their
 * layout; a path or a comparison is named by its two ends alone.
 */
export function exportFileName(subject: ExportSubject, extension: string, layout?: string): string {
  const words =
    subject.kind === 'path'
      ? ['path', subject.from, subject.to]
      : subject.kind === 'compare'
        ? ['compare', subject.a, subject.b]
        : [subject.id || 'graph'];
  const parts = ['isms', ...words.map(slug).filter(Boolean)];
  if (layout && (subject.kind === 'graph' || subject.kind === 'focus')) parts.push(slug(layout));
  return `${parts.join('-')}.${extension}`;
}
