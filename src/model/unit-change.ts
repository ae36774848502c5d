import type { ChangeKm2 } from './change-between.ts';
import type { ControlFigures } from './data-manifest.ts';
import type { Localized } from './editorial-data.ts';

/**
 * What changed hands in one unit (or in all of Ukraine) between `since` and `date`, two ways:
 * from the drawn shapes (taken, regained, their net) and from the daily figures (held on each day,
 * their difference). The figures are measured on the full-detail line; the shapes are simplified
 * for drawing, so the two nets differ by a few km². Both include the land the border reconciliation
 * adds; `reconciledMovedKm2` is how much of the figures' net it accounts for.
 */
export interface UnitChange {
  iso: string;
  name: Localized;
  takenKm2: number;
  regainedKm2: number;
  /** takenKm2 − regainedKm2: positive when Russia holds more on the later day. */
  netKm2: number;
  heldSinceKm2: number;
  heldDateKm2: number;
  /** heldDateKm2 − heldSinceKm2, the daily figures' net. */
  figuresNetKm2: number;
  reconciledSinceKm2: number;
  reconciledDateKm2: number;
  /** reconciledDateKm2 − reconciledSinceKm2: the part of figuresNetKm2 the reconciliation made. */
  reconciledMovedKm2: number;
}

/** Taken, regained and net for every unit, in the figures' order, then a row for all of Ukraine. */
export function unitChanges(
  change: ChangeKm2 & { byUnit: Record<string, ChangeKm2> },
  figures: ControlFigures,
  since: string,
  date: string,
): { units: UnitChange[]; total: UnitChange } {
  const s = dayIndex(figures, since);
  const d = dayIndex(figures, date);
  const units = figures.units.map((unit, u) => {
    const inUnit = change.byUnit[unit.iso] ?? { takenKm2: 0, regainedKm2: 0 };
    return row(unit.iso, { en: unit.name_en, uk: unit.name_uk }, inUnit, {
      heldSince: figures.heldKm2[s]![u]!,
      heldDate: figures.heldKm2[d]![u]!,
      reconciledSince: figures.reconciledKm2[s]![u]!,
      reconciledDate: figures.reconciledKm2[d]![u]!,
    });
  });
  const sum = (key: keyof UnitChange) => units.reduce((t, u) => t + (u[key] as number), 0);
  const total = row(
    'UA',
    { en: 'Ukraine', uk: 'Україна' },
    { takenKm2: change.takenKm2, regainedKm2: change.regainedKm2 },
    {
      heldSince: sum('heldSinceKm2'),
      heldDate: sum('heldDateKm2'),
      reconciledSince: sum('reconciledSinceKm2'),
      reconciledDate: sum('reconciledDateKm2'),
    },
  );
  return { units, total };
}

function row(
  iso: string,
  name: Localized,
  drawn: ChangeKm2,
  measured: {
    heldSince: number;
    heldDate: number;
    reconciledSince: number;
    reconciledDate: number;
  },
): UnitChange {
  return {
    iso,
    name,
    takenKm2: drawn.takenKm2,
    regainedKm2: drawn.regainedKm2,
    netKm2: drawn.takenKm2 - drawn.regainedKm2,
    heldSinceKm2: measured.heldSince,
    heldDateKm2: measured.heldDate,
    figuresNetKm2: measured.heldDate - measured.heldSince,
    reconciledSinceKm2: measured.reconciledSince,
    reconciledDateKm2: measured.reconciledDate,
    reconciledMovedKm2: measured.reconciledDate - measured.reconciledSince,
  };
}

function dayIndex(figures: ControlFigures, date: string): number {
  const d = figures.dates.indexOf(date);
  if (d === -1) throw new Error(`no figures for ${date}`);
  return d;
}
