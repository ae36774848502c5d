import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, csvTable } from './csv.ts';

describe('csvField', () => {
  it('leaves a plain value as it is', () => {
    expect(csvField('Донецька область')).toBe('Донецька область');
    expect(csvField(12.5)).toBe('12.5');
  });

  it('quotes a value with a comma, a line break or a carriage return', () => {
    expect(csvField('Kyiv, city')).toBe('"Kyiv, city"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('doubles the quotes inside a quoted value', () => {
    expect(csvField('the "rest"')).toBe('"the ""rest"""');
  });
});

describe('csvRecord', () => {
  it('joins the fields with commas, each quoted as it needs', () => {
    expect(csvRecord(['UA-30', 'Kyiv, city', 839])).toBe('UA-30,"Kyiv, city",839');
  });
});

describe('csvTable', () => {
  it('puts the header on the first line and ends every record with CRLF', () => {
    expect(csvTable(['iso', 'name'], [['UA-30', 'Kyiv, city']])).toBe(
      'iso,name\r\nUA-30,"Kyiv, city"\r\n',
    );
  });
});
