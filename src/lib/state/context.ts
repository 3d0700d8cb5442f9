/** Sharing the one Explorer with every component through Svelte context. */
import { getContext, setContext } from 'svelte';
import type { Explorer } from './explorer.svelte';

/** The context key; exported so component tests can provide an Explorer without App. */
export const EXPLORER_CONTEXT = Symbol('explorer');
const KEY = EXPLORER_CONTEXT;

export function provideExplorer(explorer: Explorer): void {
  setContext(KEY, explorer);
}

export function useExplorer(): Explorer {
  const explorer = getContext<Explorer | undefined>(KEY);
  if (!explorer) throw new Error('useExplorer: no Explorer provided; wrap the tree in App.svelte');
  return explorer;
}
