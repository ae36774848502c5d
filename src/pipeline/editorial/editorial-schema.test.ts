import { describe, expect, it } from 'vitest';
import { areasFileSchema, scenariosFileSchema } from './editorial-schema.ts';
import { formatZodPath } from './format-zod-path.ts';

const firstProblem = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => {
  const issue = result.error!.issues[0]!;
  return `${formatZodPath(issue.path)}: ${issue.message}`;
};

describe('the editorial schema', () => {
  const area = (expression: unknown) => ({
    areas: [{ id: 'a', name: { en: 'A', uk: 'А' }, expression }],
  });

  it('accepts a nested area expression', () => {
    const expression = {
      difference: [{ units: ['UA-14'] }, { union: [{ held: '2025-08-12' }, { area: 'b' }] }],
    };
    expect(areasFileSchema.safeParse(area(expression)).success).toBe(true);
  });

  it('refuses an empty expression and says which forms exist', () => {
    expect(firstProblem(areasFileSchema.safeParse(area({})))).toMatch(
      /^areas\[0\]\.expression: expected an area expression: \{"units": \[\.\.\.\]\}/,
    );
  });

  it('refuses a unit list with nothing in it', () => {
    expect(firstProblem(areasFileSchema.safeParse(area({ units: [] })))).toBe(
      'areas[0].expression.units: expected at least one unit',
    );
  });

  it('refuses a difference with nothing to take away', () => {
    expect(
      firstProblem(areasFileSchema.safeParse(area({ difference: [{ units: ['UA-14'] }] }))),
    ).toBe(
      'areas[0].expression.difference: a difference needs an area and at least one part to take away',
    );
  });

  it('names the path of a malformed date deep inside a scenario', () => {
    const scenario = {
      id: 's',
      party: 'p',
      title: { en: 'T', uk: 'Т' },
      summary: { en: 'S', uk: 'С' },
      date: '12 Aug 2025',
      layers: [],
      quotes: ['q'],
    };
    expect(firstProblem(scenariosFileSchema.safeParse({ scenarios: [scenario] }))).toBe(
      'scenarios[0].date: expected a date YYYY-MM-DD',
    );
  });
});
