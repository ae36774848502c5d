import { difference, intersect, union } from '../geometry/intersect.ts';
import type { MultiPolygon } from '../geometry/types.ts';
import type { AreaExpression } from './editorial-schema.ts';

export interface AreaInputs {
  /** A unit's unsimplified polygons, by ISO code. */
  unit: (iso: string) => MultiPolygon;
  /** The land held by Russia on a date of the timeline, unsimplified. */
  held: (date: string) => MultiPolygon;
}

/**
 * Turns area expressions into polygons. Named areas are evaluated once and reused wherever another
 * expression refers to them. Expressions are assumed validated (validateEditorial): references
 * resolve and do not form cycles.
 */
export function createAreaEvaluator(
  named: ReadonlyMap<string, AreaExpression>,
  inputs: AreaInputs,
): (expression: AreaExpression) => MultiPolygon {
  const memo = new Map<string, MultiPolygon>();
  const evaluate = (node: AreaExpression): MultiPolygon => {
    if ('units' in node) return union(...node.units.map(inputs.unit));
    if ('held' in node) return inputs.held(node.held);
    if ('area' in node) {
      let polygons = memo.get(node.area);
      if (!polygons) {
        const expression = named.get(node.area);
        if (!expression) throw new Error(`unknown area "${node.area}"`);
        polygons = evaluate(expression);
        memo.set(node.area, polygons);
      }
      return polygons;
    }
    if ('union' in node) return union(...node.union.map(evaluate));
    if ('intersection' in node)
      return node.intersection.map(evaluate).reduce((a, b) => intersect(a, b));
    const [base, ...remove] = node.difference.map(evaluate);
    return difference(base!, ...remove);
  };
  return evaluate;
}
