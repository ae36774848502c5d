import { ROLES } from '../../model/roles.ts';
import type { Editorial } from '../editorial/editorial-schema.ts';
import type { EvaluatedArea } from '../editorial/evaluate-editorial.ts';
import { ROLE_DESCRIPTIONS } from './role-descriptions.ts';
import { sharedColumns as col } from './shared-columns.ts';
import type { Column, Table } from './table.ts';
import { percentOfPublished } from '../output/round-to.ts';

type Scenario = Editorial['scenarios'][number];
type Layer = Scenario['layers'][number];
interface UnitNames {
  iso: string;
  name_en: string;
  name_uk: string;
  areaKm2: number;
}
interface AreaRow {
  scenario: Scenario;
  layer: Layer;
  area: EvaluatedArea;
  name: { en: string; uk: string };
}
interface AreaUnitRow extends AreaRow {
  unit: UnitNames;
  km2: number;
}

/** The columns that say which scenario area a row is about, the same in both tables. */
function areaColumns<Row extends AreaRow>(): Column<Row>[] {
  return [
    {
      name: 'scenario',
      type: 'string',
      description: 'Id of the scenario (data/scenarios.json).',
      value: (r) => r.scenario.id,
    },
    {
      name: 'area',
      type: 'string',
      description: 'Id of the named area (data/areas.json), with its expression and sources there.',
      value: (r) => r.layer.area,
    },
    {
      name: 'role',
      type: 'string',
      enum: ROLES,
      description: `What the area is in the scenario: ${ROLES.map((r) => `"${r}": ${ROLE_DESCRIPTIONS[r]}`).join('; ')}.`,
      value: (r) => r.layer.role,
    },
    {
      name: 'party',
      type: 'string',
      description: 'Id of the party whose position the scenario is (data/parties.json).',
      value: (r) => r.scenario.party ?? '',
    },
    col.date<Row>(
      (r) => r.scenario.date ?? '',
      'The date the area is measured on: the held area of that day is what "held" and "the rest" refer to.',
    ),
  ];
}

/** Every area every scenario draws, with its scenario and layer. */
function areaRowsOf(editorial: Editorial, areas: ReadonlyMap<string, EvaluatedArea>): AreaRow[] {
  return editorial.scenarios.flatMap((scenario) =>
    scenario.layers.map((layer) => ({
      scenario,
      layer,
      area: areas.get(layer.area)!,
      name: editorial.areas.find((a) => a.id === layer.area)!.name,
    })),
  );
}

/**
 * scenario-areas.csv: a row per scenario area and unit it touches. The whole areas are in
 * scenario-area-totals.csv, apart, so that a sum over units counts each km² once.
 */
export function scenarioUnitTable(
  editorial: Editorial,
  areas: ReadonlyMap<string, EvaluatedArea>,
  units: readonly UnitNames[],
): Table<AreaUnitRow> {
  const rows = areaRowsOf(editorial, areas).flatMap((row) =>
    units.flatMap((unit) => {
      const km2 = row.area.byUnit[unit.iso];
      return km2 ? [{ ...row, unit, km2 }] : [];
    }),
  );
  return {
    name: 'scenario-areas',
    path: 'scenario-areas.csv',
    title: 'Scenario areas, per unit',
    description:
      'Each area a scenario draws (held, claimed, demanded, recognised, proposed), measured inside each unit it touches.',
    primaryKey: ['scenario', 'area', 'iso'],
    rows,
    columns: [
      ...areaColumns<AreaUnitRow>(),
      col.iso<AreaUnitRow>((r) => r.unit.iso),
      col.unitNameEn<AreaUnitRow>((r) => r.unit.name_en),
      col.unitNameUk<AreaUnitRow>((r) => r.unit.name_uk),
      col.unitAreaKm2<AreaUnitRow>((r) => r.unit.areaKm2),
      col.km2<AreaUnitRow>(
        'area_in_unit_km2',
        (r) => r.km2,
        'The part of the area inside the unit.',
      ),
      col.percent<AreaUnitRow>(
        'area_in_unit_pct',
        (r) => percentOfPublished(r.km2, r.unit.areaKm2),
        'area_in_unit_km2 as a share of unit_area_km2.',
      ),
    ],
  };
}

/** scenario-area-totals.csv, a row per scenario area as a whole; its columns are the GeoJSON's properties. */
export function scenarioTotalTable(
  editorial: Editorial,
  areas: ReadonlyMap<string, EvaluatedArea>,
  ukraineKm2: number,
): Table<AreaRow> {
  return {
    name: 'scenario-area-totals',
    path: 'scenario-area-totals.csv',
    title: 'Scenario areas, whole',
    description:
      'Each area a scenario draws, as a whole: its km² in Ukraine and its share of Ukraine.',
    primaryKey: ['scenario', 'area'],
    rows: areaRowsOf(editorial, areas),
    columns: [
      ...areaColumns<AreaRow>(),
      {
        name: 'area_name_en',
        type: 'string',
        description: "The area's name in English.",
        value: (r) => r.name.en,
      },
      {
        name: 'area_name_uk',
        type: 'string',
        description: "The area's name in Ukrainian.",
        value: (r) => r.name.uk,
      },
      col.ukraineAreaKm2<AreaRow>(() => ukraineKm2),
      col.km2<AreaRow>(
        'area_km2',
        (r) => r.area.km2,
        'The area inside Ukraine (land outside it, such as sea, never counts).',
      ),
      col.percent<AreaRow>(
        'area_pct_of_ukraine',
        (r) => percentOfPublished(r.area.km2, ukraineKm2),
        'area_km2 as a share of ukraine_area_km2.',
      ),
    ],
  };
}
