import { describe, expectTypeOf, it } from 'vitest';
import type { EditorialData } from '../../model/editorial-data.ts';
import type { Editorial } from './editorial-schema.ts';

/**
 * The browser may not import the schema (it would pull zod into the bundle), so src/model writes
 * the editorial types out by hand. These checks run in the type checker (`npm run check`): when the
 * schema and the browser's copy drift apart, the project no longer compiles.
 */
describe('the browser types of the editorial model', () => {
  it('are the schema types of parties, sources, speakers, quotes and scenarios, as written', () => {
    expectTypeOf<EditorialData['parties']>().toEqualTypeOf<Editorial['parties']>();
    expectTypeOf<EditorialData['sources']>().toEqualTypeOf<Editorial['sources']>();
    expectTypeOf<EditorialData['speakers']>().toEqualTypeOf<Editorial['speakers']>();
    expectTypeOf<EditorialData['quotes']>().toEqualTypeOf<Editorial['quotes']>();
    // A scenario as written, with the totals the build measures for it.
    expectTypeOf<Omit<EditorialData['scenarios'][number], 'totals'>>().toEqualTypeOf<
      Editorial['scenarios'][number]
    >();
  });

  it('are the schema type of a stated figure, with what the map measures for it', () => {
    expectTypeOf<
      Pick<EditorialData['claims'][number], 'id' | 'area' | 'date' | 'unit' | 'note'>
    >().toEqualTypeOf<
      Pick<Editorial['claims'][number], 'id' | 'area' | 'date' | 'unit' | 'note'>
    >();
  });
});
