/**
 * The historian's test: lineage questions a student of communism brings to the bundled graph,
 * each with the answer a historian would sign and why, asked over the descent relations
 * (derived_from, split_from) as the CLI and the panels do by default.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGraphModel } from '../../src/lib/domain/graph-model';
import { loadGraphText } from '../../src/lib/domain/load-graph';
import {
  ancestorsOf,
  commonAncestry,
  descendantsOf,
  shortestPaths,
} from '../../src/lib/domain/queries';
import { DESCENT_RELATIONS } from '../../src/lib/domain/relations';
import { runCli } from '../cli/run-cli';

const ROOT = resolve(import.meta.dirname, '../..');
const loaded = loadGraphText(readFileSync(resolve(ROOT, 'graph/communism.json'), 'utf8'));
if (!loaded.ok) throw new Error(`bundled graph invalid: ${loaded.problems[0]?.message}`);
const model = createGraphModel(loaded.graph);
const via = DESCENT_RELATIONS;

/**
 * `question` is a CLI-style query: `path A B`, `ancestors A`, `descendants A` or `common A B`.
 * `expected` is, for `path`, the shortest path's node ids ([] for "no path"); for `common`, the
 * lowest common ancestors (where the two diverged); for `ancestors`/`descendants`, ids that must
 * be among the answer, and `!id` for ids that must not.
 */
interface Question {
  question: string;
  expected: string[];
  reason: string;
}

const QUESTIONS: Question[] = [
  // Paths back to the founders
  {
    question: 'path stalinism marxism',
    expected: ['stalinism', 'leninism', 'marxism'],
    reason: "Stalin presented his rule as Lenin's continuation; Leninism adapted Marx.",
  },
  {
    question: 'path maoism marxism',
    expected: ['maoism', 'marxism-leninism', 'marxism'],
    reason: 'Mao adapted the Soviet Marxism–Leninism of the 1930s to China.',
  },
  {
    question: 'path trotskyism marxism',
    expected: ['trotskyism', 'marxism'],
    reason: 'Trotsky claimed Marx directly, as well as Lenin.',
  },
  {
    question: 'path hoxhaism marxism-leninism',
    expected: ['hoxhaism', 'marxism-leninism'],
    reason: 'Hoxhaism is a variant of anti-revisionist Marxism–Leninism.',
  },
  {
    question: 'path situationism marxism',
    expected: ['situationism', 'libertarian-marxism', 'marxism'],
    reason: 'The Situationists drew on libertarian Marxism as well as the avant-garde.',
  },
  {
    question: 'path luxemburgism marxism',
    expected: ['luxemburgism', 'marxism'],
    reason: 'Rosa Luxemburg worked within Marxism, against Bernstein and against Lenin.',
  },
  {
    question: 'path titoism stalinism',
    expected: ['titoism', 'stalinism'],
    reason: "Yugoslav communists followed Stalin's line until the break of 1948.",
  },
  {
    question: 'path bordigism marxism',
    expected: ['bordigism', 'left-communism', 'marxism'],
    reason: 'Bordigism is the Italian tradition of left communism.',
  },
  {
    question: 'path frankfurt-school marxism',
    expected: ['frankfurt-school', 'western-marxism', 'marxism'],
    reason: 'The Frankfurt School is the best-known branch of Western Marxism.',
  },
  {
    question: 'path social-democracy marxism',
    expected: ['social-democracy', 'revisionism', 'orthodox-marxism', 'marxism'],
    reason:
      "Modern social democracy took up Bernstein's revision of Second International orthodoxy.",
  },
  {
    question: 'path eurocommunism marxism',
    expected: ['eurocommunism', 'marxism-leninism', 'marxism'],
    reason: 'Eurocommunism grew inside Marxist–Leninist parties as they left the Soviet model.',
  },
  {
    question: 'path juche marxism',
    expected: ['juche', 'marxism-leninism', 'marxism'],
    reason: 'Juche was first presented as an application of Marxism–Leninism to Korea.',
  },
  {
    question: 'path blanquism jacobinism',
    expected: ['blanquism', 'babouvism', 'jacobinism'],
    reason: "Blanqui inherited Babeuf's conspiracy, itself born of the Jacobin left.",
  },
  {
    question: 'path anarcho-communism mutualism',
    expected: ['anarcho-communism', 'collectivist-anarchism', 'mutualism'],
    reason: "Kropotkin's communism followed Bakunin's collectivism, which built on Proudhon.",
  },
  {
    question: 'path egoism hegelianism',
    expected: ['egoism', 'young-hegelians', 'hegelianism'],
    reason: 'Max Stirner came out of the Young Hegelians.',
  },
  {
    question: 'path bolsheviks rsdlp',
    expected: ['bolsheviks', 'rsdlp'],
    reason: 'The Bolsheviks were one side of the 1903 split of the RSDLP.',
  },
  {
    question: 'path kapd kpd',
    expected: ['kapd', 'kpd'],
    reason: "The KPD's expelled left founded the KAPD in 1920.",
  },
  // Where there is no line of descent
  {
    question: 'path anarcho-communism marxism',
    expected: [],
    reason: 'Anarchist communism descends from Bakunin and Proudhon, not from Marx.',
  },
  {
    question: 'path marxism stalinism',
    expected: [],
    reason: 'Descent runs from the newer to the older; Marx did not descend from Stalin.',
  },
  // Ancestors and descendants
  {
    question: 'ancestors marxism',
    expected: [
      'hegelianism',
      'young-hegelians',
      'utopian-socialism',
      'classical-political-economy',
    ],
    reason:
      "Lenin's 'three sources': German philosophy, French socialism, British political economy.",
  },
  {
    question: 'ancestors hoxhaism',
    expected: ['maoism', 'marxism-leninism', 'leninism', 'marxism'],
    reason: 'Hoxha was Maoist until 1978 and always Marxist–Leninist.',
  },
  {
    question: 'ancestors trotskyism',
    expected: ['leninism', 'marxism', '!marxism-leninism', '!stalinism'],
    reason: "Trotskyism claims Lenin's legacy against Stalin's codified Marxism–Leninism.",
  },
  {
    question: 'ancestors leninism',
    expected: ['marxism', 'orthodox-marxism'],
    reason: "Lenin was a follower of Kautsky's orthodoxy until he broke with it in 1914.",
  },
  {
    question: 'ancestors anarcho-communism',
    expected: ['collectivist-anarchism', 'mutualism', 'anarchism', '!marxism'],
    reason: 'The anarchist line runs through Bakunin and Proudhon, apart from Marx.',
  },
  {
    question: 'ancestors communism',
    expected: ['socialism', 'babouvism', 'utopian-socialism', 'jacobinism'],
    reason: "Modern communism grew from socialism and from Babeuf's Conspiracy of the Equals.",
  },
  {
    question: 'ancestors stalinism',
    expected: ['leninism', 'marxism', 'hegelianism', '!trotskyism'],
    reason: 'Stalinism reaches back through Lenin and Marx to Hegel, not through Trotsky.',
  },
  {
    question: 'descendants marxism',
    expected: [
      'leninism',
      'stalinism',
      'trotskyism',
      'maoism',
      'hoxhaism',
      'western-marxism',
      'council-communism',
      '!anarchism',
      '!anarcho-communism',
    ],
    reason: 'Every Marxist school descends from Marxism; the anarchist schools do not.',
  },
  {
    question: 'descendants rsdlp',
    expected: ['bolsheviks', 'mensheviks'],
    reason: 'Both factions came out of the 1903 congress.',
  },
  {
    question: 'descendants orthodox-marxism',
    expected: ['leninism', 'revisionism', 'social-democracy', 'stalinism'],
    reason: 'Both communism and social democracy came out of Second International orthodoxy.',
  },
  // Where two lineages diverged
  {
    question: 'common stalinism trotskyism',
    expected: ['leninism'],
    reason: "Both claim Lenin's legacy; they part after his death.",
  },
  {
    question: 'common maoism trotskyism',
    expected: ['leninism'],
    reason: 'Mao followed the Soviet line, Trotsky fought it; both came from Lenin.',
  },
  {
    question: 'common maoism hoxhaism',
    expected: ['maoism'],
    reason: 'Hoxhaism broke away from Maoism in the Sino-Albanian split of 1978.',
  },
  {
    question: 'common titoism maoism',
    expected: ['marxism-leninism'],
    reason: 'Both left the Soviet camp, Tito in 1948, Mao around 1960, from the same doctrine.',
  },
  {
    question: 'common council-communism bordigism',
    expected: ['left-communism'],
    reason: 'The Dutch–German and the Italian lefts are the two traditions of left communism.',
  },
  {
    question: 'common social-democracy leninism',
    expected: ['orthodox-marxism'],
    reason: 'Reformists and revolutionaries split the Second International in 1914.',
  },
  {
    question: 'common revisionism leninism',
    expected: ['orthodox-marxism'],
    reason: "Bernstein and Lenin both started from Kautsky's orthodoxy, in opposite directions.",
  },
  {
    question: 'common bolsheviks mensheviks',
    expected: ['rsdlp'],
    reason: 'The two factions of the Russian Social Democratic Labour Party.',
  },
  {
    question: 'common frankfurt-school new-left',
    expected: ['western-marxism'],
    reason: 'The New Left read Marcuse and the other Western Marxists.',
  },
  {
    question: 'common anarcho-communism marxism',
    expected: ['utopian-socialism'],
    reason: "Marx's and Bakunin's traditions share only the early socialists.",
  },
  {
    question: 'common stalinism marxism',
    expected: ['marxism'],
    reason: 'A school counts as its own ancestor: Stalinism descends from Marxism.',
  },
];

/** The answer to one question, in the shape `expected` uses. */
function answer(question: string): string[] {
  const [command, ...names] = question.split(' ');
  switch (command) {
    case 'path':
      return shortestPaths(model, names[0]!, names[1]!, { via })[0]?.nodes ?? [];
    case 'ancestors':
      return ancestorsOf(model, names[0]!, { via }).map((g) => g.id);
    case 'descendants':
      return descendantsOf(model, names[0]!, { via }).map((g) => g.id);
    case 'common':
      return commonAncestry(model, names, { via }).lowest;
    default:
      throw new Error(`unknown question: ${question}`);
  }
}

describe("the historian's lineage questions (via derived_from, split_from)", () => {
  it('asks at least thirty, each with a reason', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(30);
    for (const q of QUESTIONS) expect(q.reason.length, q.question).toBeGreaterThan(10);
  });

  it.each(QUESTIONS)('$question → $expected ($reason)', ({ question, expected }) => {
    const got = answer(question);
    if (/^(ancestors|descendants) /.test(question)) {
      for (const id of expected) {
        if (id.startsWith('!')) expect(got, question).not.toContain(id.slice(1));
        else expect(got, question).toContain(id);
      }
    } else if (question.startsWith('common ')) {
      expect([...got].sort()).toEqual([...expected].sort());
    } else {
      expect(got).toEqual(expected);
    }
  });
});

describe("the bundled graph's descent structure", () => {
  const descent = new Set<string>(DESCENT_RELATIONS);
  const ideologies = loaded.graph.nodes.filter((n) => n.kind === 'ideology');
  const withParent = new Set(
    loaded.graph.edges.filter((e) => descent.has(e.relation)).map((e) => e.source),
  );

  it('gives every ideology a descent parent or declares it a root, never both', () => {
    expect(ideologies.filter((n) => !n.root && !withParent.has(n.id)).map((n) => n.id)).toEqual([]);
    expect(ideologies.filter((n) => n.root && withParent.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it('keeps the roots few: where a lineage starts, and neighbours outside the family', () => {
    const roots = ideologies.filter((n) => n.root).map((n) => n.id);
    expect(roots.length).toBeLessThanOrEqual(ideologies.length / 4);
    for (const id of ['hegelianism', 'classical-political-economy', 'utopian-socialism']) {
      expect(roots).toContain(id);
    }
    for (const id of ['marxism', 'communism', 'socialism', 'anarchism', 'leninism']) {
      expect(roots).not.toContain(id);
    }
  });

  it('dates every split', () => {
    const splits = loaded.graph.edges.filter((e) => e.relation === 'split_from');
    expect(splits.length).toBeGreaterThanOrEqual(10);
    for (const e of splits) expect(e.time?.start, `${e.source} → ${e.target}`).toBeTypeOf('number');
  });

  it('has no cycle through derived_from, split_from and part_of together', () => {
    const next = new Map<string, string[]>();
    for (const e of loaded.graph.edges) {
      if (!['derived_from', 'split_from', 'part_of'].includes(e.relation)) continue;
      next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
    }
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (id: string, trail: string[]): void => {
      state.set(id, 'open');
      for (const to of next.get(id) ?? []) {
        if (state.get(to) === 'open') cycles.push([...trail, id, to].join(' → '));
        else if (!state.has(to)) visit(to, [...trail, id]);
      }
      state.set(id, 'done');
    };
    for (const id of next.keys()) if (!state.has(id)) visit(id, []);
    expect(cycles).toEqual([]);
  });
});

describe("the historian's questions through the CLI", () => {
  const descent = ['--via', 'derived_from,split_from'];

  it('common stalinism trotskyism: they diverged at Leninism', async () => {
    const json = await runCli('common', 'stalinism', 'trotskyism', ...descent, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).lowest).toEqual(['leninism']);
    const human = await runCli('common', 'stalinism', 'trotskyism', ...descent);
    expect(human.stdout).toContain('Where they diverged: Leninism');
  });

  it('path stalinism marxism runs through Leninism', async () => {
    const run = await runCli('path', 'stalinism', 'marxism', ...descent);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'Stalinism derived from Leninism, which derived from Marxism.',
    );
  });

  it('ancestors marxism names its three sources', async () => {
    const run = await runCli('ancestors', 'marxism', ...descent, '--json');
    const ids = (JSON.parse(run.stdout) as { nodes: { id: string }[] }).nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'hegelianism',
        'young-hegelians',
        'utopian-socialism',
        'classical-political-economy',
      ]),
    );
  });

  it('path hoxhaism marxism-leninism, and Hoxhaism split from Maoism', async () => {
    const path = await runCli('path', 'hoxhaism', 'marxism-leninism', ...descent);
    expect(path.stdout.split('\n')[0]).toBe('Hoxhaism derived from Marxism–Leninism.');
    const split = await runCli('path', 'hoxhaism', 'maoism', ...descent, '--json');
    const [first] = (JSON.parse(split.stdout) as { paths: { steps: { relation: string }[] }[] })
      .paths;
    expect(first!.steps.map((s) => s.relation)).toEqual(['split_from']);
  });

  it('ancestors hoxhaism is not empty', async () => {
    const run = await runCli('ancestors', 'hoxhaism', ...descent);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Marxism–Leninism');
  });
});
