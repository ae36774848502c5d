import type { Theme } from '../model/url-state.ts';

/**
 * The map's colours, per theme. Held land is the one saturated colour; the grey zone is grey and
 * hatched, so the two are told apart without colour too.
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
  contestedHatch: string;
  preInvasion: string;
}

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
    contestedHatch: '#6f6f6f',
    preInvasion: '#5a1513',
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
    contestedHatch: '#b9bcc1',
    preInvasion: '#ffd2cc',
  },
};
