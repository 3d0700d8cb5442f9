// Interface strings: the controls others address by name keep their English name in Thai.
import { describe, expect, it } from 'vitest';
import { controlName, STRINGS } from '../../src/lib/state/i18n';

describe('controlName', () => {
  it('is the visible label in English', () => {
    expect(controlName(STRINGS.en, 'exportPng')).toBe('Export PNG');
    expect(controlName(STRINGS.en, 'lineage')).toBe('Lineage');
  });

  it('is the visible Thai label, then the English name in brackets', () => {
    expect(controlName(STRINGS.th, 'exportPng')).toBe('ส่งออก PNG (Export PNG)');
    expect(controlName(STRINGS.th, 'listView')).toBe('มุมมองรายการ (List view)');
    expect(controlName(STRINGS.th, 'findPath')).toBe('หาเส้นทาง (Find path)');
    expect(controlName(STRINGS.th, 'timeline')).toBe('เส้นเวลา (Timeline)');
  });

  it('has both languages for every interface string', () => {
    expect(Object.keys(STRINGS.th).sort()).toEqual(Object.keys(STRINGS.en).sort());
  });
});
