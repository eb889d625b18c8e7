import { describe, expect, it } from 'vitest';
import { isDraft, toDocumentKind, toDocumentNumber, toGroupKey, toNameKey, toPlaceName } from '../../../ingest/load/keys.ts';

describe('node keys', () => {
  it('gives one key to the spellings of one name', () => {
    const key = toNameKey('World Summit on the Information Society');
    expect(toNameKey('the World  Summit on the\nInformation Society,')).toBe(key);
    expect(toNameKey('World Summit on the Information Society.')).toBe(key);
    expect(key).toBe('world summit on the information society');
    expect(toNameKey('Convention on the Rights of the Child')).not.toBe(toNameKey('Convention on the Rights of Persons with Disabilities'));
    expect(toNameKey('Beijing Declaration and Platform for Action’s')).toBe("beijing declaration and platform for action's");
  });

  it('keys a group by its name and the year it was established', () => {
    const name = 'group of governmental experts';
    expect(toGroupKey(name, '2004')).not.toBe(toGroupKey(name, '2009'));
    expect(toGroupKey('Group of Governmental Experts', '2004-05')).toBe(toGroupKey(name, '2004'));
    expect(toGroupKey(name, null)).toBe(name);
  });

  it('keeps the written place name with regular whitespace', () => {
    expect(toPlaceName(' Midrand,  South Africa ')).toBe('Midrand, South Africa');
  });

  it('labels documents by their symbol', () => {
    expect(toDocumentKind('A/RES/64/25')).toBe('resolution');
    expect(toDocumentKind('S/RES/1373(2001)')).toBe('resolution');
    expect(toDocumentKind('A/HRC/RES/20/8')).toBe('resolution');
    expect(toDocumentKind('A/DEC/73/512')).toBe('decision');
    expect(toDocumentKind('A/64/386')).toBe('document');
  });

  it('writes the number the way texts cite it', () => {
    expect(toDocumentNumber('A/RES/64/25')).toBe('64/25');
    expect(toDocumentNumber('A/RES/1514(XV)')).toBe('1514 (XV)');
    expect(toDocumentNumber('S/RES/1373(2001)')).toBe('1373 (2001)');
    expect(toDocumentNumber('A/DEC/73/512')).toBe('73/512');
    expect(toDocumentNumber('A/55/140/Corr.1')).toBeNull();
  });

  it('tells drafts from reports', () => {
    expect(isDraft('A/64/L.40')).toBe(true);
    expect(isDraft('A/64/386')).toBe(false);
    expect(isDraft('A/C.1/64/L.2/Rev.1')).toBe(true);
  });
});
