/**
 * Phase 4 of the layered engine: x within each rank, by weighted isotonic regression
 * (pool-adjacent-violators), each node pulled to the mean x of its neighbours while the
 * order and the gaps hold.
 */
import type { Csr } from './csr';

/**
 * x per rank: each pass pulls every node towards the mean x of its neighbours above (down
 * passes) or below (up passes), then the rank is fitted with pool-adjacent-violators so the
 * order and the minimum gaps hold at the least weighted squared displacement.
 */
export function assignX(
  graph: Csr,
  layers: number[][],
  widths: Float64Array,
  xs: Float64Array,
  opts: { nodeSep: number; xPasses: number },
): void {
  for (const layer of layers) {
    let x = 0;
    layer.forEach((v, i) => {
      if (i > 0) x += widths[layer[i - 1]!]! / 2 + opts.nodeSep + widths[v]! / 2;
      xs[v] = x;
    });
    const centre = x / 2;
    for (const v of layer) xs[v]! -= centre;
  }
  const desired: number[] = [];
  const weight: number[] = [];
  const pull = (layer: number[], sides: ('pred' | 'succ')[]) => {
    desired.length = 0;
    weight.length = 0;
    for (const v of layer) {
      let sum = 0;
      let count = 0;
      for (const side of sides) {
        const [start, list] =
          side === 'pred' ? [graph.predStart, graph.pred] : [graph.succStart, graph.succ];
        for (let i = start[v]!; i < start[v + 1]!; i++) {
          sum += xs[list[i]!]!;
          count++;
        }
      }
      // a node with nothing to pull it keeps its place but gives way easily
      desired.push(count > 0 ? sum / count : xs[v]!);
      weight.push(count > 0 ? count : 0.05);
    }
    fitLayer(layer, widths, desired, weight, opts.nodeSep, xs);
  };
  for (let pass = 0; pass < opts.xPasses; pass++) {
    for (const layer of layers.slice(1)) pull(layer, ['pred']);
    for (const layer of layers.slice(0, -1).reverse()) pull(layer, ['succ']);
  }
  for (const layer of layers) pull(layer, ['pred', 'succ']);
}

/** Weighted isotonic regression with minimum gaps (pool-adjacent-violators), in place. */
function fitLayer(
  layer: number[],
  widths: Float64Array,
  desired: number[],
  weight: number[],
  gap: number,
  xs: Float64Array,
): void {
  const k = layer.length;
  const offset = new Float64Array(k);
  for (let i = 1; i < k; i++) {
    offset[i] = offset[i - 1]! + widths[layer[i - 1]!]! / 2 + gap + widths[layer[i]!]! / 2;
  }
  // blocks of pooled nodes: weighted sum, total weight, first index
  const blockSum: number[] = [];
  const blockWeight: number[] = [];
  const blockStart: number[] = [];
  for (let i = 0; i < k; i++) {
    let sum = (desired[i]! - offset[i]!) * weight[i]!;
    let w = weight[i]!;
    let start = i;
    while (blockSum.length > 0 && blockSum.at(-1)! / blockWeight.at(-1)! >= sum / w) {
      sum += blockSum.pop()!;
      w += blockWeight.pop()!;
      start = blockStart.pop()!;
    }
    blockSum.push(sum);
    blockWeight.push(w);
    blockStart.push(start);
  }
  for (let b = 0; b < blockSum.length; b++) {
    const level = blockSum[b]! / blockWeight[b]!;
    const end = b + 1 < blockStart.length ? blockStart[b + 1]! : k;
    for (let i = blockStart[b]!; i < end; i++) xs[layer[i]!] = level + offset[i]!;
  }
}
