/**
 * Every role an area can play in a scenario, in the order the legend lists them. The one
 * declaration: the editorial schema accepts exactly these, and the map, legend and palette derive
 * their lists and types from it.
 */
export const ROLES = [
  'held',
  'claimed',
  'demanded',
  'recognised-de-jure',
  'recognised-de-facto',
  'proposed-protection',
  'to-be-negotiated',
] as const;

export type Role = (typeof ROLES)[number];

/** The roles drawn from the scenario areas; `held` is drawn by the control layer of the date. */
export type OverlayRole = Exclude<Role, 'held'>;

export const OVERLAY_ROLES: readonly OverlayRole[] = ROLES.filter(
  (role): role is OverlayRole => role !== 'held',
);
