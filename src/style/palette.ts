import type { OverlayRole } from '../model/roles.ts';
import type { Theme } from '../model/url-state.ts';
import type { PatternKind } from './pattern.ts';

/** How one role is drawn: a light tint, a pattern and an outline, all in one colour. */
export interface RoleStyle {
  color: string;
  pattern: PatternKind;
}

/**
 * The map's colours, per theme. Held land is the one solid colour; every other role and the grey
 * zone carry a pattern of their own, so they are told apart without colour too.
 */
export interface Palette {
  sea: string;
  neighbourLand: string;
  neighbourBorder: string;
  ukraineLand: string;
  unitBorder: string;
  ukraineBorder: string;
  held: string;
  heldOpacity: number;
  contested: RoleStyle;
  preInvasion: string;
  selected: string;
  /** Names drawn on the map: ink with a halo of the land's colour, legible over any fill. */
  labelInk: string;
  labelHalo: string;
  roles: Record<OverlayRole, RoleStyle>;
  /** A comparison of two days: the land that changed hands, and the earlier day's line. */
  change: { taken: RoleStyle; regained: RoleStyle; sinceLine: string };
}

/** The same pattern per role in both themes; only the colours change. */
const patterns: Record<OverlayRole, PatternKind> = {
  claimed: 'back-diagonal',
  demanded: 'cross',
  'recognised-de-jure': 'horizontal',
  'recognised-de-facto': 'vertical',
  'proposed-protection': 'dots',
  'to-be-negotiated': 'grid',
};

const withPatterns = (colors: Record<OverlayRole, string>) =>
  Object.fromEntries(
    Object.entries(colors).map(([role, color]) => [
      role,
      { color, pattern: patterns[role as OverlayRole] },
    ]),
  ) as Record<OverlayRole, RoleStyle>;

export const palettes: Record<Theme, Palette> = {
  light: {
    sea: '#d9e6ef',
    neighbourLand: '#ecebe6',
    neighbourBorder: '#b9b7ae',
    ukraineLand: '#fbfaf6',
    unitBorder: '#aaa59a',
    ukraineBorder: '#4d4a45',
    held: '#c4302b',
    heldOpacity: 0.72,
    contested: { color: '#6f6f6f', pattern: 'diagonal' },
    preInvasion: '#3a0d0b',
    selected: '#111111',
    change: {
      taken: { color: '#e8590c', pattern: 'checker' },
      regained: { color: '#2b8a3e', pattern: 'rings' },
      sinceLine: '#5c1a10',
    },
    labelInk: '#1f1d1a',
    labelHalo: 'rgba(251, 250, 246, 0.92)',
    roles: withPatterns({
      claimed: '#8c1d18',
      demanded: '#6a1b9a',
      'recognised-de-jure': '#1f3d7a',
      'recognised-de-facto': '#0b6e79',
      'proposed-protection': '#1565c0',
      'to-be-negotiated': '#a35200',
    }),
  },
  dark: {
    sea: '#0e1822',
    neighbourLand: '#1d2125',
    neighbourBorder: '#3d4349',
    ukraineLand: '#2b3036',
    unitBorder: '#59606a',
    ukraineBorder: '#c9ccd1',
    held: '#ef5a4c',
    heldOpacity: 0.7,
    contested: { color: '#b9bcc1', pattern: 'diagonal' },
    preInvasion: '#ffe3de',
    selected: '#ffffff',
    change: {
      taken: { color: '#ffa94d', pattern: 'checker' },
      regained: { color: '#69db7c', pattern: 'rings' },
      sinceLine: '#ffd8cc',
    },
    labelInk: '#eceae6',
    labelHalo: 'rgba(21, 25, 29, 0.92)',
    roles: withPatterns({
      claimed: '#ffb3a8',
      demanded: '#d7a6ff',
      'recognised-de-jure': '#9ec2ff',
      'recognised-de-facto': '#7fdde6',
      'proposed-protection': '#8ec9ff',
      'to-be-negotiated': '#ffc46b',
    }),
  },
};
