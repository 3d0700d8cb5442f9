// Export from the explorer in real Chromium: the files a person downloads, decoded and checked.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { CANVAS_LIMITS } from '../../src/lib/cytoscape/export/limits';
import { fromGEXF } from '../../src/lib/domain/formats/gexf';
import { fromGraphML } from '../../src/lib/domain/formats/graphml';
import { loadGraphText } from '../../src/lib/domain/load-graph';
import { waitForGraph, useApp } from './harness';

const app = useApp();

const THAI = /[\u0E00-\u0E7F]/;

/** Clicks and returns the file the click downloads. */
async function downloadOf(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

const exportPng = (page: Page) =>
  page.getByRole('button', { name: /^(Export PNG|ส่งออก PNG \(Export PNG\))$/ }).click();

/** Opens the Export… options (if closed) and returns the panel. */
async function exportMenu(page: Page) {
  const toggle = page.getByRole('button', { name: /^(Export…|ส่งออก…)$/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.getByRole('group', { name: /Export options|ตัวเลือกการส่งออก/ });
}

async function formatButton(page: Page, name: string) {
  return (await exportMenu(page)).getByRole('button', { name, exact: true });
}

/** Nodes and edges on show, from the status line. */
async function shown(page: Page): Promise<{ nodes: number; edges: number }> {
  const text =
    (await page
      .getByRole('status')
      .filter({ hasText: /Showing|แสดง/ })
      .textContent()) ?? '';
  const [nodes, , edges] = text.match(/\d+/g)!.map(Number);
  return { nodes: nodes!, edges: edges! };
}

/** Pixels that differ clearly from the background colour. */
function inkPixels(png: PNG, background: [number, number, number]): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const d =
      Math.abs(png.data[i]! - background[0]) +
      Math.abs(png.data[i + 1]! - background[1]) +
      Math.abs(png.data[i + 2]! - background[2]);
    if (d > 60) count++;
  }
  return count;
}

const WHITE: [number, number, number] = [255, 255, 255];

/** Records in CSV text: line breaks outside quoted fields. */
function csvRecords(text: string): number {
  let quoted = false;
  let records = 0;
  for (const char of text.trimEnd()) {
    if (char === '"') quoted = !quoted;
    else if (char === '\n' && !quoted) records++;
  }
  return records + 1;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['g', 'text', 'tspan', 'path'].includes(name),
});

interface SvgElement {
  [key: string]: unknown;
}

/** Every element named `name` anywhere under `element`. */
function elementsNamed(element: unknown, name: string, found: SvgElement[] = []): SvgElement[] {
  if (Array.isArray(element)) {
    for (const item of element) elementsNamed(item, name, found);
  } else if (element && typeof element === 'object') {
    for (const [key, value] of Object.entries(element)) {
      if (key === name) {
        for (const item of Array.isArray(value) ? value : [value]) found.push(item as SvgElement);
      }
      elementsNamed(value, name, found);
    }
  }
  return found;
}

/** The text of a `<text>` element (its tspans joined). */
function textOf(element: SvgElement): string {
  const spans = (element.tspan as unknown[] | undefined) ?? [];
  const parts = spans.map((span) =>
    typeof span === 'object' ? String((span as SvgElement)['#text'] ?? '') : String(span),
  );
  return parts.join(' ') || String(element['#text'] ?? '');
}

/** The SVG's node groups, label texts and every text. */
function readSvg(text: string) {
  const doc = xml.parse(text) as SvgElement;
  const groups = elementsNamed(doc.svg, 'g');
  const nodes = groups.filter((g) => g.class === 'node');
  const edges = groups.filter((g) => g.class === 'edge');
  const texts = elementsNamed(doc.svg, 'text');
  const labels = nodes.flatMap((g) => (g.text as SvgElement[] | undefined) ?? []);
  return { doc, nodes, edges, texts, labels };
}

describe('Export PNG', () => {
  it('downloads a PNG of the whole visible graph, sized by the scale and not blank', async () => {
    const { page, errors } = await app();
    const twice = await downloadOf(page, () => exportPng(page));
    expect(twice.name).toBe('isms-communism-lineage.png');
    const big = PNG.sync.read(twice.bytes);
    // The whole bundled lineage at 2× may pass the canvas limit (its dot drawing is wide); then
    // the notice says the scale it was drawn at instead, and the picture must be that size.
    const notice = await page.getByRole('status').filter({ hasText: 'Saved' }).textContent();
    const drawnAt = Number(/Scaled to ([\d.]+)×/.exec(notice ?? '')?.[1] ?? 2);

    (await exportMenu(page)).getByRole('combobox', { name: /Scale/ }).selectOption('1');
    const once = await downloadOf(page, async () => (await formatButton(page, 'PNG')).click());
    const small = PNG.sync.read(once.bytes);

    // 2× is twice 1× (up to rounding) unless scaled down, and 1× is at least the bundled graph's
    // width on screen.
    expect(drawnAt).toBeGreaterThan(1);
    expect(big.width / small.width).toBeCloseTo(drawnAt, 1);
    expect(big.height / small.height).toBeCloseTo(drawnAt, 1);
    expect(small.width).toBeGreaterThan(1000);
    // The whole graph: the export is far larger than the canvas on screen.
    const canvas = (await page.locator('.canvas').boundingBox())!;
    expect(small.width * small.height).toBeGreaterThan(2 * canvas.width * canvas.height);
    // Many pixels drawn on the white background: nodes, labels, edges, legend.
    expect(inkPixels(small, WHITE) / (small.width * small.height)).toBeGreaterThan(0.03);
    expect(await page.getByRole('status').filter({ hasText: 'Saved' }).textContent()).toBe(
      'Saved isms-communism-lineage.png',
    );
    expect(errors).toEqual([]);
  }, 120_000);

  it('exports only the current view when asked, at the canvas size plus the frame', async () => {
    const { page, errors } = await app('?focus=maoism&isolate=1');
    const menu = await exportMenu(page);
    await menu.getByRole('radio', { name: /Current view/ }).check();
    await menu.getByRole('checkbox', { name: 'Legend' }).uncheck();
    await menu.getByRole('checkbox', { name: 'Caption' }).uncheck();
    await menu.getByRole('combobox', { name: /Scale/ }).selectOption('1');
    const file = await downloadOf(page, async () => (await formatButton(page, 'PNG')).click());
    expect(file.name).toBe('isms-maoism-lineage.png');
    const png = PNG.sync.read(file.bytes);
    const canvas = (await page.locator('.canvas').boundingBox())!;
    // A 28 px margin all round (the frame's, at scale 1 for a graph of this size).
    expect(png.width).toBeCloseTo(Math.round(canvas.width) + 56, -1);
    expect(png.height).toBeCloseTo(Math.round(canvas.height) + 56, -1);
    expect(inkPixels(png, WHITE)).toBeGreaterThan(2000);
    expect(errors).toEqual([]);
  });

  it('draws on a dark or transparent background', async () => {
    const { page, errors } = await app('?focus=maoism&isolate=1');
    const menu = await exportMenu(page);
    await menu.getByRole('radio', { name: 'Dark' }).check();
    const dark = PNG.sync.read(
      (await downloadOf(page, async () => (await formatButton(page, 'PNG')).click())).bytes,
    );
    // #171a21 in the corner; light text and bright shapes on it.
    expect([...dark.data.subarray(0, 4)]).toEqual([0x17, 0x1a, 0x21, 255]);
    expect(inkPixels(dark, [0x17, 0x1a, 0x21])).toBeGreaterThan(5000);

    await menu.getByRole('radio', { name: 'Transparent' }).check();
    const clear = PNG.sync.read(
      (await downloadOf(page, async () => (await formatButton(page, 'PNG')).click())).bytes,
    );
    expect(clear.data[3]).toBe(0);
    let opaque = 0;
    for (let i = 3; i < clear.data.length; i += 4) if (clear.data[i]! > 0) opaque++;
    expect(opaque).toBeGreaterThan(5000);
    expect(errors).toEqual([]);
  });

  it('draws Thai labels and caption in Noto Sans Thai', async () => {
    const { page, errors } = await app('?lang=th&focus=maoism&isolate=1');
    const withCaption = PNG.sync.read((await downloadOf(page, () => exportPng(page))).bytes);
    const menu = await exportMenu(page);
    await menu.getByRole('checkbox', { name: 'คำบรรยายภาพ' }).uncheck();
    const without = PNG.sync.read(
      (await downloadOf(page, async () => (await formatButton(page, 'PNG')).click())).bytes,
    );
    // The caption adds its rows above the graph, which is otherwise the same picture.
    expect(withCaption.width).toBe(without.width);
    expect(withCaption.height).toBeGreaterThan(without.height + 60);

    // The top band of ink is the title, ลัทธิคอมมิวนิสต์, in bold. Its ink box's shape (width
    // over height, independent of the size) must be that of Noto Sans Thai, which a fallback
    // font or missing-glyph boxes would not match.
    const band = topInkBand(withCaption);
    const ratios = await page.evaluate((text) => {
      const context = document.createElement('canvas').getContext('2d')!;
      const ratio = (font: string) => {
        context.font = font;
        const m = context.measureText(text);
        return (
          (m.actualBoundingBoxLeft + m.actualBoundingBoxRight) /
          (m.actualBoundingBoxAscent + m.actualBoundingBoxDescent)
        );
      };
      return { noto: ratio('700 100px "Noto Sans Thai"'), fallback: ratio('700 100px serif') };
    }, 'ลัทธิคอมมิวนิสต์');
    const drawn = band.width / band.height;
    expect(Math.abs(drawn / ratios.noto - 1)).toBeLessThan(0.06);
    expect(Math.abs(ratios.fallback / ratios.noto - 1)).toBeGreaterThan(0.1);

    // Node labels: the same view in English draws different words in the same places.
    const english = await app('?lang=en&focus=maoism&isolate=1');
    const en = PNG.sync.read((await downloadOf(english.page, () => exportPng(english.page))).bytes);
    expect(Math.abs(inkPixels(en, WHITE) - inkPixels(withCaption, WHITE))).toBeGreaterThan(500);
    expect(errors).toEqual([]);
    expect(english.errors).toEqual([]);
  });

  it('scales a picture too large for the canvas down, says so, and still draws it', async () => {
    const { page, errors } = await app();
    const menu = await exportMenu(page);
    await menu.getByRole('combobox', { name: /Scale/ }).selectOption('4');
    const file = await downloadOf(page, async () => (await formatButton(page, 'PNG')).click());
    const notice = await page.getByRole('status').filter({ hasText: 'Scaled to' }).textContent();
    const scale = Number(/Scaled to ([\d.]+)×/.exec(notice ?? '')?.[1]);
    expect(notice).toBe(
      `Saved isms-communism-lineage.png. Scaled to ${scale}× to stay within the browser's canvas limit`,
    );
    expect(scale).toBeGreaterThan(1);
    expect(scale).toBeLessThan(4);
    const png = PNG.sync.read(file.bytes);
    expect(png.width * png.height).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
    expect(Math.max(png.width, png.height)).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
    expect(inkPixels(png, WHITE) / (png.width * png.height)).toBeGreaterThan(0.03);
    expect(errors).toEqual([]);
    // A 100-megapixel picture takes a while to encode, send and decode on two cores.
  }, 120_000);
});

/** The bounding box of the topmost band of dark pixels (rows with ink, up to a blank row). */
function topInkBand(png: PNG): { width: number; height: number } {
  const dark = (x: number, y: number) => {
    const i = (y * png.width + x) * 4;
    return png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 3 * 140;
  };
  let top = -1;
  let bottom = -1;
  let left = png.width;
  let right = -1;
  for (let y = 0; y < png.height; y++) {
    let row = false;
    for (let x = 0; x < png.width; x++) {
      if (!dark(x, y)) continue;
      row = true;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
    if (row && top === -1) top = y;
    if (row) bottom = y;
    // Thai marks float above the letters: allow a short gap within the band.
    if (!row && top !== -1 && y - bottom > 4) break;
  }
  return { width: right - left + 1, height: bottom - top + 1 };
}

describe('SVG', () => {
  it('writes every visible node as a shape and a text label, Thai as text', async () => {
    const { page, errors } = await app('?lang=th&layout=network');
    const counts = await shown(page);
    const file = await downloadOf(page, async () => (await formatButton(page, 'SVG')).click());
    expect(file.name).toBe('isms-communism-network.svg');
    const svg = readSvg(file.bytes.toString('utf8'));
    expect(svg.nodes).toHaveLength(counts.nodes);
    expect(svg.edges).toHaveLength(counts.edges);
    expect(svg.labels).toHaveLength(counts.nodes);
    for (const node of svg.nodes) expect((node.path as unknown[]).length).toBe(1);
    const labelTexts = svg.labels.map(textOf);
    expect(labelTexts).toContain('ลัทธิเหมา');
    expect(labelTexts.filter((text) => THAI.test(text)).length).toBeGreaterThan(counts.nodes / 2);
    const root = svg.doc.svg as SvgElement;
    expect(String(root['font-family'])).toContain('Noto Sans Thai');
    expect(svg.texts.some((t) => t.class === 'title' && textOf(t) === 'ลัทธิคอมมิวนิสต์')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('draws disputed edges dashed with their “?” and the timeline axis as text', async () => {
    const { page, errors } = await app('?layout=timeline');
    const text = (
      await downloadOf(page, async () => (await formatButton(page, 'SVG')).click())
    ).bytes.toString('utf8');
    const svg = readSvg(text);
    const dashed = svg.edges.filter((edge) =>
      (edge.path as SvgElement[]).some((path) => path['stroke-dasharray'] === '7 4'),
    );
    expect(dashed.length).toBeGreaterThan(0);
    expect(elementsNamed(dashed[0], 'text').map(textOf)).toEqual(['?']);
    const ticks = elementsNamed(svg.doc.svg, 'g').filter((g) => g.class === 'tick');
    // The year axis: one label per decade with dated nodes, as on screen.
    const years = ticks.map((g) => textOf((g.text as SvgElement[])[0]!));
    expect(years.length).toBeGreaterThan(10);
    for (const year of years) expect(year).toMatch(/^(\d{1,4}( BCE)?|\?)$/);
    expect(svg.nodes).toHaveLength((await shown(page)).nodes);
    expect(errors).toEqual([]);
  });
});

describe('data exports', () => {
  it('saves the visible subgraph as JSON, GraphML, GEXF and CSV, smaller after a filter', async () => {
    const { page, errors } = await app();
    const all = await shown(page);

    await page.getByRole('button', { name: /^People/ }).click();
    const filtered = await shown(page);
    expect(filtered.nodes).toBeLessThan(all.nodes);

    const json = await downloadOf(page, async () => (await formatButton(page, 'JSON')).click());
    expect(json.name).toBe('isms-communism.json');
    const loaded = loadGraphText(json.bytes.toString('utf8'));
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    expect(loaded.graph.nodes).toHaveLength(filtered.nodes);
    expect(loaded.graph.edges).toHaveLength(filtered.edges);
    expect(loaded.graph.nodes.some((n) => n.kind === 'person')).toBe(false);

    const graphml = await downloadOf(page, async () =>
      (await formatButton(page, 'GraphML')).click(),
    );
    expect(graphml.name).toBe('isms-communism.graphml');
    const fromMl = fromGraphML(graphml.bytes.toString('utf8'));
    expect(fromMl.ok && [fromMl.graph.nodes.length, fromMl.graph.edges.length]).toEqual([
      filtered.nodes,
      filtered.edges,
    ]);

    const gexf = await downloadOf(page, async () => (await formatButton(page, 'GEXF')).click());
    expect(gexf.name).toBe('isms-communism.gexf');
    const fromGexf = fromGEXF(gexf.bytes.toString('utf8'));
    expect(fromGexf.ok && [fromGexf.graph.nodes.length, fromGexf.graph.edges.length]).toEqual([
      filtered.nodes,
      filtered.edges,
    ]);

    const nodesCsv = await downloadOf(page, async () =>
      (await formatButton(page, 'CSV nodes')).click(),
    );
    const edgesCsv = await downloadOf(page, async () =>
      (await formatButton(page, 'CSV edges')).click(),
    );
    expect([nodesCsv.name, edgesCsv.name]).toEqual([
      'isms-communism.csv',
      'isms-communism.edges.csv',
    ]);
    // A header record, then one record per node or edge.
    expect(csvRecords(nodesCsv.bytes.toString('utf8'))).toBe(filtered.nodes + 1);
    expect(csvRecords(edgesCsv.bytes.toString('utf8'))).toBe(filtered.edges + 1);

    // The pictures shrink with the filter too.
    const svg = readSvg(
      (
        await downloadOf(page, async () => (await formatButton(page, 'SVG')).click())
      ).bytes.toString('utf8'),
    );
    expect(svg.nodes).toHaveLength(filtered.nodes);
    expect(svg.nodes.some((g) => g['data-kind'] === 'person')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('names files after the focus or path and refuses to export nothing', async () => {
    const { page, errors } = await app('?focus=maoism&isolate=1&depth=2');
    const json = await downloadOf(page, async () => (await formatButton(page, 'JSON')).click());
    expect(json.name).toBe('isms-maoism.json');
    const loaded = loadGraphText(json.bytes.toString('utf8'));
    expect(loaded.ok && loaded.graph.nodes.length).toBe((await shown(page)).nodes);

    // A mere selection names a picture (drawn around it) but not the data (the whole graph).
    await page.goto(page.url().replace(/\?.*$/, '?focus=maoism&layout=timeline'));
    await waitForGraph(page);
    const svg = await downloadOf(page, async () => (await formatButton(page, 'SVG')).click());
    expect(svg.name).toBe('isms-maoism-timeline.svg');
    const all = await downloadOf(page, async () => (await formatButton(page, 'JSON')).click());
    expect(all.name).toBe('isms-communism.json');

    await page.goto(page.url().replace(/\?.*$/, '?path=maoism,marxism'));
    await waitForGraph(page);
    const path = await downloadOf(page, () => exportPng(page));
    expect(path.name).toBe('isms-path-maoism-marxism.png');
    expect(inkPixels(PNG.sync.read(path.bytes), WHITE)).toBeGreaterThan(5000);

    await page.goto(page.url().replace(/\?.*$/, '?kinds='));
    await page
      .getByRole('status')
      .filter({ hasText: /Showing 0/ })
      .waitFor();
    await exportPng(page);
    expect(
      await page.getByRole('alert').filter({ hasText: 'Nothing to export' }).textContent(),
    ).toBe('Nothing to export: every node is hidden by the filters.');
    expect(errors).toEqual([]);
  });
});

describe('export menu', () => {
  it('opens and closes from the keyboard and passes axe in both languages', async () => {
    for (const lang of ['en', 'th']) {
      const { page, errors } = await app(`?lang=${lang}`, { colorScheme: 'dark' });
      await page.getByRole('button', { name: /^(Export…|ส่งออก…)$/ }).focus();
      await page.keyboard.press('Enter');
      const menu = await exportMenu(page);
      expect(await menu.isVisible()).toBe(true);
      const result = await new AxeBuilder({ page }).include('.export').analyze();
      expect(
        result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await menu.isVisible()).toBe(false);
      expect(
        await page
          .getByRole('button', { name: /^(Export…|ส่งออก…)$/ })
          .getAttribute('aria-expanded'),
      ).toBe('false');
      expect(errors).toEqual([]);
    }
  });
});

describe('?embed=export', () => {
  type Embedded = {
    __ismsExport?: (o: { format: 'png' | 'svg'; scale?: number }) => Promise<string>;
  };

  it('draws the canvas alone and offers window.__ismsExport once laid out', async () => {
    const { page, errors } = await app(
      '?embed=export&focus=maoism&depth=1&lang=th&layout=timeline',
      {
        wait: false,
      },
    );
    await page.waitForFunction(() => typeof (window as Embedded).__ismsExport === 'function');
    expect(await page.getByRole('banner').count()).toBe(0);
    const svg = readSvg(
      await page.evaluate(() => (window as Embedded).__ismsExport!({ format: 'svg' })),
    );
    expect(svg.nodes.length).toBeGreaterThan(200);
    // The focus is marked and what lies outside its neighbourhood is faded.
    const faded = svg.nodes.filter((g) => Number(g.opacity ?? 1) < 0.5);
    expect(faded.length).toBeGreaterThan(svg.nodes.length / 2);
    expect(svg.labels.map(textOf)).toContain('ลัทธิเหมา');
    const png = await page.evaluate(() =>
      (window as Embedded).__ismsExport!({ format: 'png', scale: 1 }),
    );
    expect(png.startsWith('data:image/png;base64,')).toBe(true);
    const picture = PNG.sync.read(Buffer.from(png.split(',')[1]!, 'base64'));
    expect(inkPixels(picture, WHITE)).toBeGreaterThan(20_000);
    expect(errors).toEqual([]);
  });

  it('rejects with the problems when graph= is not a graph', async () => {
    const { page, errors } = await app('?embed=export&graph=/no-such-graph.json', { wait: false });
    await page.waitForFunction(() => typeof (window as Embedded).__ismsExport === 'function');
    const message = await page.evaluate(() =>
      (window as Embedded).__ismsExport!({ format: 'png' }).then(
        () => 'resolved',
        (error: Error) => error.message,
      ),
    );
    expect(message).toMatch(/^no-such-graph\.json/);
    expect(await page.getByRole('alert').textContent()).toBe(message);
    expect(errors).toEqual([]);
  });

  it('refuses a graph from another origin', async () => {
    const { page } = await app('?embed=export&graph=http://example.invalid/g.json', {
      wait: false,
    });
    await page.waitForFunction(() => typeof (window as Embedded).__ismsExport === 'function');
    const message = await page.evaluate(() =>
      (window as Embedded).__ismsExport!({ format: 'svg' }).catch((error: Error) => error.message),
    );
    expect(message).toMatch(/graph= must be a same-origin URL, not http:\/\/example\.invalid/);
  });
});
