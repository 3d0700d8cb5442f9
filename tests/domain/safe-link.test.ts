import { describe, expect, it } from 'vitest';
import { safeLinkUrl } from '../../src/lib/domain/safe-link';

describe('safeLinkUrl', () => {
  it('keeps http and https addresses as written', () => {
    expect(safeLinkUrl('https://th.wikipedia.org/wiki?curid=23142')).toBe(
      'https://th.wikipedia.org/wiki?curid=23142',
    );
    expect(safeLinkUrl('HTTP://example.org/')).toBe('HTTP://example.org/');
  });

  it.each([
    'javascript:alert(document.domain)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative',
    'not a url',
    '',
  ])('gives no link for %j', (url) => {
    expect(safeLinkUrl(url)).toBeUndefined();
  });

  it('gives no link when there is no address', () => {
    expect(safeLinkUrl(undefined)).toBeUndefined();
  });
});
