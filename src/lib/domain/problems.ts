/**
 * Problems: the value every loader and validator returns instead of throwing. One problem says
 * what is wrong, where (a JSON path, and line/column when the text is known) and, where it helps,
 * what to do about it. The CLI prints them; the explorer lists them beside the graph.
 */

export type ProblemCode =
  | 'empty'
  | 'too_large'
  | 'not_utf8'
  | 'too_deep'
  | 'json_syntax'
  | 'duplicate_key'
  | 'schema'
  | 'duplicate_id'
  | 'duplicate_source'
  | 'unknown_source'
  | 'unknown_node'
  | 'kind_not_allowed'
  | 'self_loop'
  | 'duplicate_edge'
  | 'cycle'
  | 'time_order'
  | 'disputed_without_note'
  | 'too_many_problems'
  | 'unsupported_format'
  | 'import'
  | 'io'
  | 'timeout';

export interface Problem {
  readonly code: ProblemCode;
  /** Where in the document, as `nodes[12].label.en`; empty for the whole file. */
  readonly path: string;
  /** 1-based line of the offending value, when the source text is known. */
  readonly line?: number;
  /** 1-based column of the offending value, when the source text is known. */
  readonly column?: number;
  readonly message: string;
  readonly hint?: string;
}

export type PathSegment = string | number;

/** Formats path segments the way a reader would write them: `nodes[12].label.en`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** One problem as one line: `FILE:LINE:COLUMN  message — hint  (at path)`. */
export function formatProblem(file: string, problem: Problem): string {
  const where =
    problem.line !== undefined ? `${file}:${problem.line}:${problem.column ?? 1}` : `${file}`;
  const hint = problem.hint ? ` — ${problem.hint}` : '';
  const at = problem.path ? `  (at ${problem.path})` : '';
  return `${where}  ${problem.message}${hint}${at}`;
}

/** The problem for a file over the size limit, measured in bytes (or characters for text). */
export function fileTooLarge(size: number, limit: number): Problem {
  return {
    code: 'too_large',
    path: '',
    message: `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the limit of ${limit / 1024 / 1024} MB`,
    hint: 'split the graph into smaller files',
  };
}
