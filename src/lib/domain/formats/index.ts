/**
 * File formats by name: which format a file name means, and reading any graph file we can read
 * (JSON, GraphML, GEXF) into one result. The explorer's file picker and the CLI's `--graph` both
 * come through `importGraph`, so a file opens the same way in both.
 */
import { decodeUtf8 } from '../json-text';
import { LIMITS } from '../limits';
import { loadGraphBytes, loadGraphText } from '../load-graph';
import { fileTooLarge } from '../problems';
import { fromGEXF } from './gexf';
import { fromGraphML } from './graphml';
import type { ImportResult } from './import-mapping';
import type { ImportPhase } from './raw-graph';

export type FileFormat = 'json' | 'graphml' | 'gexf' | 'csv' | 'png' | 'svg';

// A Map, not an object: `x.constructor` must not find Object's constructor.
const BY_EXTENSION = new Map<string, FileFormat>([
  ['json', 'json'],
  ['graphml', 'graphml'],
  ['xml', 'graphml'],
  ['gexf', 'gexf'],
  ['csv', 'csv'],
  ['png', 'png'],
  ['svg', 'svg'],
]);

/** The format a file name's extension names (case-insensitive), or undefined. `.xml` is GraphML. */
export function formatForFileName(name: string): FileFormat | undefined {
  const match = /\.([A-Za-z0-9]+)$/.exec(name.replace(/^.*[\\/]/, ''));
  return match ? BY_EXTENSION.get(match[1]!.toLowerCase()) : undefined;
}

/**
 * The largest file, in bytes, that `importGraph` reads for this name: XML formats are wordier
 * than JSON and get a larger limit, so a graph exported as GraphML or GEXF can be opened again.
 */
export function fileSizeLimit(name: string): number {
  const format = formatForFileName(name);
  return format === 'graphml' || format === 'gexf' ? LIMITS.xmlFileBytes : LIMITS.fileBytes;
}

/** The formats `importGraph` reads. */
export const IMPORTABLE_EXTENSIONS = ['.json', '.graphml', '.xml', '.gexf'] as const;

/**
 * Reads a graph file of any format we import, chosen by `fileName`'s extension: JSON exactly as
 * `validate` reads it, GraphML and GEXF through the importers (with a report of what could not be
 * mapped as it was). Never throws on bad input. `onPhase` hears each phase as it begins.
 */
export function importGraph(
  fileName: string,
  content: Uint8Array | string,
  onPhase?: (phase: ImportPhase) => void,
): ImportResult {
  const format = formatForFileName(fileName);
  const baseName = fileName.replace(/^.*[\\/]/, '');
  if (format === 'json') {
    const result =
      typeof content === 'string'
        ? loadGraphText(content, onPhase)
        : loadGraphBytes(content, onPhase);
    return result.ok ? { ...result, report: [] } : result;
  }
  if (format !== 'graphml' && format !== 'gexf') {
    return {
      ok: false,
      problems: [
        {
          code: 'unsupported_format',
          path: '',
          message: `cannot read ${format ? `.${format}` : 'this kind of'} file '${baseName}'`,
          hint: `graph files are ${IMPORTABLE_EXTENSIONS.join(', ')}`,
        },
      ],
    };
  }
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    if (content.length > LIMITS.xmlFileBytes) {
      return { ok: false, problems: [fileTooLarge(content.length, LIMITS.xmlFileBytes)] };
    }
    onPhase?.('decoding');
    const decoded = decodeUtf8(content);
    if (!decoded.ok) {
      return {
        ok: false,
        problems: [
          {
            code: 'not_utf8',
            path: '',
            message: `the file is not valid UTF-8 (bad byte at offset ${decoded.offset})`,
            hint: 'save the file as UTF-8 (most graph tools have an encoding option when saving)',
          },
        ],
      };
    }
    text = decoded.text;
  }
  const options = onPhase ? { fileName: baseName, onPhase } : { fileName: baseName };
  onPhase?.('parsing');
  return format === 'graphml' ? fromGraphML(text, options) : fromGEXF(text, options);
}

export { toCSV, NODE_CSV_COLUMNS, EDGE_CSV_COLUMNS } from './csv';
export { toGEXF, fromGEXF } from './gexf';
export { toGraphML, fromGraphML } from './graphml';
export { toJSON } from './to-json';
export type { ImportResult } from './import-mapping';
export type { ImportPhase } from './raw-graph';
export type { ExportLanguage, ExportOptions } from './attributes';
