/**
 * The first view's camera, shared by both maps so that MapLibre can take over from the SVG map
 * without a jump: the bounds fitted with this padding (CSS pixels), or a chosen place at this zoom.
 */
export const BOUNDS_PADDING = 16;

/** Close enough to tell a town from its neighbours, far enough to see the front around it. */
export const PLACE_ZOOM = 7.5;
