/**
 * The graph file format as zod schemas, with the TypeScript types inferred from them. This module
 * describes the shape of one graph file; rules that need the whole graph (unique ids, dangling
 * edges, cycles) live in graph-rules.ts. `graph/graph.schema.json` is generated from `graphFileSchema`.
 */
import { z } from 'zod';
import { nodeKinds } from './kinds';
import { LIMITS } from './limits';
import { relationIds } from './relations';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const BLANK_MESSAGE = 'must not be empty or blank';

export const INVISIBLE_MESSAGE =
  'must have a visible character: it has only invisible ones (zero-width spaces, joiners, direction marks or control characters)';

/**
 * A character that shows: not white space, not a control or format character (zero-width space
 * and joiners, direction marks, the BOM), not a variation selector or a Hangul filler. Written as
 * ranges without the `u` flag so that the generated JSON Schema pattern works in every editor.
 */
const VISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[^\s\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/;

// Regex checks rather than a refine: zod runs them about twice as fast on large files. The
// second only runs on text that passed the first, and stops at the first visible character.
const nonEmpty = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/\S/, { message: BLANK_MESSAGE, abort: true })
    .regex(VISIBLE, { message: INVISIBLE_MESSAGE });

/** The only link schemes a source may have: anything else (`javascript:`, `data:`) could run. */
export const URL_SCHEME_MESSAGE = 'must be an http: or https: address';

export const idSchema = z
  .string()
  .max(LIMITS.idLength)
  .regex(ID_PATTERN, {
    message: 'must be lowercase kebab-case: letters a–z, digits and single hyphens',
  })
  .describe('Stable identifier in lowercase kebab-case, e.g. "marxism-leninism".');
export type Id = z.infer<typeof idSchema>;

export const localizedTextSchema = (max: number) =>
  z
    .strictObject({
      en: nonEmpty(max).describe('English text.'),
      th: nonEmpty(max).describe('Thai text.'),
    })
    .describe('Text in English and Thai.');

export const labelSchema = localizedTextSchema(LIMITS.labelLength).describe(
  'The name in English and as the Thai source writes it.',
);
export type Label = z.infer<typeof labelSchema>;

export const summarySchema = localizedTextSchema(LIMITS.summaryLength).describe(
  'One or two sentences in our own words, in both languages.',
);

export const noteSchema = z
  .strictObject({
    en: nonEmpty(LIMITS.noteLength).describe('English note.'),
    th: nonEmpty(LIMITS.noteLength).optional().describe('Thai note.'),
  })
  .describe('A remark on the fact, e.g. why it is disputed.');
export type Note = z.infer<typeof noteSchema>;

const yearSchema = z.int().min(LIMITS.minYear).max(LIMITS.maxYear);

export const timeSchema = z
  .strictObject({
    start: yearSchema
      .optional()
      .describe('First year (CE; negative for BCE). Birth year for a person.'),
    end: yearSchema.optional().describe('Last year (CE). Death year for a person.'),
    circa: z.boolean().optional().describe('True when the years are approximate.'),
  })
  .describe('When: start and end years, either may be missing.');
export type Time = z.infer<typeof timeSchema>;

export const sourceRefSchema = z
  .strictObject({
    source: idSchema.describe('The id of an entry in meta.sources.'),
    section: nonEmpty(LIMITS.labelLength).describe(
      'The section of the source the fact comes from.',
    ),
  })
  .describe('Where a fact comes from.');
export type SourceRef = z.infer<typeof sourceRefSchema>;

const sourceRefsSchema = z.array(sourceRefSchema).min(1).max(LIMITS.sourcesPerItem);

export const certaintySchema = z
  .enum(['stated', 'disputed', 'inferred'])
  .describe(
    'stated: the source says it; disputed: the source says it but it contradicts history or itself; inferred: implied, added by an editor.',
  );
export type Certainty = z.infer<typeof certaintySchema>;

export const nodeKindSchema = z.enum(nodeKinds).describe('What the node is.');

export const nodeSchema = z
  .strictObject({
    id: idSchema,
    kind: nodeKindSchema,
    label: labelSchema,
    aliases: z
      .array(nonEmpty(LIMITS.labelLength))
      .max(LIMITS.aliasCount)
      .default([])
      .describe('Other names and spellings in either language, used by search.'),
    summary: summarySchema,
    time: timeSchema.optional(),
    root: z
      .literal(true)
      .optional()
      .describe(
        'Set on an ideology where a lineage starts in this graph: it has no descent parent here on purpose. validate warns about ideologies with no descent parent that are not roots.',
      ),
    sources: sourceRefsSchema,
  })
  .describe('An ideology, person, organization, state, event, work or concept.');
export type Node = z.infer<typeof nodeSchema>;
export type NodeInput = z.input<typeof nodeSchema>;

export const relationSchema = z
  .enum(relationIds)
  .describe('The edge type; see the relation table.');
export type Relation = z.infer<typeof relationSchema>;

export const edgeSchema = z
  .strictObject({
    source: idSchema.describe('The node the relation is read from.'),
    target: idSchema.describe('The node the relation points to.'),
    relation: relationSchema,
    certainty: certaintySchema.default('stated'),
    time: timeSchema.optional(),
    note: noteSchema.optional(),
    sources: sourceRefsSchema,
  })
  .describe('A typed, directed relation: "source relation target".');
export type Edge = z.infer<typeof edgeSchema>;
export type EdgeInput = z.input<typeof edgeSchema>;

export const sourceSchema = z
  .strictObject({
    id: idSchema,
    title: nonEmpty(LIMITS.labelLength * 2),
    url: z
      .url({ protocol: /^https?$/, error: URL_SCHEME_MESSAGE })
      .max(2_000)
      .optional()
      .describe('A link to the source: http: or https: only.'),
    license: z.string().max(200).optional(),
    retrieved: z.string().max(40).optional().describe('When the source was read, ISO date.'),
  })
  .describe('A cited source.');
export type Source = z.infer<typeof sourceSchema>;

export const metaSchema = z
  .strictObject({
    id: idSchema.describe('Identifier of this graph.'),
    title: localizedTextSchema(LIMITS.labelLength),
    description: localizedTextSchema(LIMITS.summaryLength).optional(),
    sources: z.array(sourceSchema).min(1).max(LIMITS.metaSources),
  })
  .describe('What this graph is and what it cites.');
export type Meta = z.infer<typeof metaSchema>;

export const GRAPH_FORMAT_VERSION = 1;

export const graphFileSchema = z
  .strictObject({
    $schema: z
      .string()
      .max(2_000)
      .optional()
      .describe('Path or URL of graph.schema.json, for editors.'),
    version: z.literal(GRAPH_FORMAT_VERSION).describe('Format version of this file.'),
    meta: metaSchema,
    nodes: z.array(nodeSchema).max(LIMITS.nodes),
    edges: z.array(edgeSchema).max(LIMITS.edges),
  })
  .describe('An isms graph file: ideologies, people, organizations and their relations.');
export type GraphFile = z.infer<typeof graphFileSchema>;
export type GraphFileInput = z.input<typeof graphFileSchema>;
