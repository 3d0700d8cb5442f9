/** Shared layout types: a layout here is a function from elements to positions. */
export type LayoutName = 'lineage' | 'timeline' | 'network';

export const layoutNames: readonly LayoutName[] = ['lineage', 'timeline', 'network'];

/** Model positions by node id. */
export type Positions = Record<string, { x: number; y: number }>;
