import type { AreaExpression } from './editorial-schema.ts';

/** Every date whose held area the expressions refer to, each once, in order of first mention. */
export function heldDates(expressions: AreaExpression[]): string[] {
  const dates = new Set<string>();
  const visit = (node: AreaExpression): void => {
    if ('held' in node) dates.add(node.held);
    else if ('union' in node) node.union.forEach(visit);
    else if ('intersection' in node) node.intersection.forEach(visit);
    else if ('difference' in node) node.difference.forEach(visit);
  };
  expressions.forEach(visit);
  return [...dates];
}
