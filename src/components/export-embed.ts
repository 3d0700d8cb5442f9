/**
 * `?embed=export`: the explorer as a drawing service for the CLI's `export OUT.png|svg` (see
 * scripts/export-browser.ts for the contract). Loads the graph named by `graph=` (same origin
 * only, validated like a file a person opens) or the bundled one, draws the canvas alone with no
 * panels and no animation, and once the layout has settled defines `window.__ismsExport`. A graph
 * that fails to load defines it too, rejecting with the problems, so the CLI can say what went
 * wrong rather than wait.
 */
import { mount } from 'svelte';
import { formatProblem } from '../lib/domain/problems';
import type { Explorer } from '../lib/state/explorer.svelte';
import { showBundled } from '../lib/state/boot';
import { openGraphUrl } from '../lib/state/graph-url';
import type { ExportQuery } from './export-request';
import ExportEmbed from './ExportEmbed.svelte';

// The options type lives with the requests, so ExportEmbed.svelte need not import this module.
export type { EmbedExportOptions } from './export-request';

export interface EmbedParams {
  /** A same-origin URL of the graph to draw, or null for the bundled graph. */
  readonly graph: string | null;
  readonly query: ExportQuery;
}

/** Reads the embed's own parameters (the view's fields are read by the explorer as usual). */
export function readEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const focus = params.get('focus');
  const depth = Number(params.get('depth') ?? '1');
  const path = params.get('path')?.split(',');
  let query: ExportQuery = null;
  if (path && path.length === 2 && path[0] && path[1]) {
    query = { kind: 'path', from: path[0], to: path[1] };
  } else if (focus) {
    query = {
      kind: 'neighbourhood',
      id: focus,
      depth: Number.isInteger(depth) && depth >= 1 ? depth : 1,
    };
  }
  return { graph: params.get('graph'), query };
}

function fail(message: string): void {
  window.__ismsExport = () => Promise.reject(new Error(message));
  const note = document.createElement('pre');
  note.setAttribute('role', 'alert');
  note.textContent = message;
  document.body.append(note);
}

async function loadGraph(explorer: Explorer, graph: string | null): Promise<boolean> {
  // The same loading as the explorer's `?graph=`: a refused or failed fetch is a problem too.
  if (graph === null) await showBundled(explorer);
  else await openGraphUrl(explorer, graph);
  if (!explorer.model) {
    const report = explorer.problems;
    fail(
      report
        ? report.problems.map((problem) => formatProblem(report.file, problem)).join('\n')
        : 'embed=export: no graph to draw',
    );
    return false;
  }
  return true;
}

/** Starts the export embed in `target`. */
export async function startExportEmbed(explorer: Explorer, target: HTMLElement): Promise<void> {
  const params = readEmbedParams(location.search);
  explorer.start();
  if (!(await loadGraph(explorer, params.graph))) return;
  mount(ExportEmbed, { target, props: { explorer, query: params.query } });
}
