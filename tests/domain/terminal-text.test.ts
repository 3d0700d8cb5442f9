import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/lib/domain/terminal-text';

// Written out here rather than imported, so that the test does not share the rule's mistakes.
// eslint-disable-next-line no-control-regex
const ACTS_ON_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u001b', '\u0007', '\u009b', '\r', '\n', '\t', '\u202e', '\u2066', '\\', '"'),
    fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }),
  ),
  maxLength: 40,
});

describe('terminalSafe', () => {
  it('writes escape, bell, CSI and direction overrides as \\u escapes', () => {
    expect(terminalSafe('\u001b]0;pwned\u0007Marx\u001b[2J\u009b\u202e')).toBe(
      '\\u001b]0;pwned\\u0007Marx\\u001b[2J\\u009b\\u202e',
    );
  });

  it('keeps line breaks, tabs, Thai and emoji as they are', () => {
    expect(terminalSafe('ลัทธิมากซ์\tMarxism 😀\nline two')).toBe('ลัทธิมากซ์\tMarxism 😀\nline two');
  });

  it('leaves nothing a terminal acts on, for any text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(terminalSafe(text)).not.toMatch(ACTS_ON_TERMINAL);
      }),
      { numRuns: 500 },
    );
  });

  it('changes only those characters: text without them comes out unchanged', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const clean = text.replace(new RegExp(ACTS_ON_TERMINAL.source, 'g'), '');
        expect(terminalSafe(clean)).toBe(clean);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps JSON output valid JSON with the same values', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { maxLength: 5 }), (labels) => {
        const json = JSON.stringify({ labels }, null, 2);
        expect(JSON.parse(terminalSafe(json))).toEqual({ labels });
      }),
      { numRuns: 300 },
    );
  });
});
