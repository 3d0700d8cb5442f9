import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, withTables } from '../../scripts/readme-tables';
import { relationIds } from '../../src/lib/domain/relations';

describe('README', () => {
  const readme = readFileSync(README, 'utf8');

  it('has relation and kind tables in sync with the code (run `npm run docs`)', async () => {
    expect(readme).toBe(await withTables(readme));
  });

  it('documents every relation so a reader can look its meaning up', () => {
    for (const id of relationIds) expect(readme).toMatch(new RegExp(`\\| \`${id}\` +\\|`));
  });

  it('gives the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
