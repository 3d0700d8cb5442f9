import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../../src/lib/domain/formats/index';
import { xmlStructureProblems } from '../../../src/lib/domain/formats/xml-structure';

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`);

describe('XML the validator lets through', () => {
  it('refuses a second root element, with its line and column', () => {
    const result = importGraph('two-root-elements.graphml', fixture('two-root-elements.graphml'));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: 'import',
          path: '',
          line: 7,
          column: 1,
          message: 'invalid XML: a second root element <graphml> after the first one ended',
          hint: 'a GraphML file has exactly one root element; remove what follows its closing tag or join the two files',
        },
      ],
    });
  });

  it('refuses a reference to a lone surrogate half, with its line and column', () => {
    const result = importGraph(
      'lone-surrogate-reference.gexf',
      fixture('lone-surrogate-reference.gexf'),
    );
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({
        line: 5,
        column: 31,
        message:
          'invalid XML: the character reference &#xD800; names a character XML does not allow',
      }),
    ]);
  });

  it('finds a second root whichever of the two is self-closing', () => {
    for (const text of ['<a/><b/>', '<a></a>\n<b/>', '<a/>\n <b></b>']) {
      expect(xmlStructureProblems(text, 'GraphML')[0]?.message).toMatch(/second root element <b>/);
    }
  });

  it('accepts one root with a prolog, comments, a doctype and a > inside an attribute', () => {
    const text =
      '<?xml version="1.0"?>\n<!-- <x/> -->\n<!DOCTYPE a [<!ELEMENT a ANY>]>\n<a t="1 > 0"><b/><c>x</c><![CDATA[<d/>]]></a>\n<!-- after -->\n';
    expect(xmlStructureProblems(text, 'GraphML')).toEqual([]);
  });

  it('refuses decimal references to control characters and U+FFFF, allows tab and astral ones', () => {
    expect(xmlStructureProblems('<a>&#1;</a>', 'GEXF')[0]).toMatchObject({ line: 1, column: 4 });
    expect(xmlStructureProblems('<a>&#65535;</a>', 'GEXF')).toHaveLength(1);
    expect(xmlStructureProblems('<a>&#xDFFF;</a>', 'GEXF')).toHaveLength(1);
    expect(xmlStructureProblems('<a>&#9;&#x1F600;&#xE000;</a>', 'GEXF')).toEqual([]);
  });
});
