import { VIEW_PARAMS } from './url-params.ts';
import {
  parseUrlState,
  type ParsedUrlState,
  type UrlContext,
  type UrlNotice,
  type UrlState,
} from './url-state.ts';

/** The message type a host page sends to set the view (DESIGN.md "Embed protocol"). */
export const SET_MESSAGE = 'territory-map:set';

/**
 * The URL parameters a host page may set: those that make a view, checked in their order (a date
 * after the scenario it belongs to). A parameter joins by its entry in VIEW_PARAMS; until then a
 * message's field of that name is an unknown field, and ignored like one.
 */
const SETTABLE = VIEW_PARAMS;
type Settable = (typeof SETTABLE)[number];

/** What choosing another scenario puts back to that scenario's own, as the scenario picker does. */
const FOLLOW_SCENARIO: readonly Settable[] = ['date', 'region'];

/**
 * No value the map knows is this long; a longer one is cut before it is checked, so a message of
 * megabytes costs no more than one of a few hundred characters. It is refused either way.
 */
const LONGEST_VALUE = 200;

/**
 * Reads a `territory-map:set` message as the link it stands for: each field is checked by the URL
 * parser exactly as the URL parameter of the same name. A field the message names replaces the
 * current value (`null`: the default, as a link without the parameter); an unknown or malformed
 * value is ignored, with the URL's notice; fields other than the settable ones are ignored. Returns
 * null for anything that is not a set message.
 */
export function parseMapCommand(
  message: unknown,
  current: UrlState,
  context: UrlContext,
): ParsedUrlState | null {
  if (!isRecord(message) || message.type !== SET_MESSAGE) return null;
  let params = new URLSearchParams();
  for (const field of SETTABLE) {
    const value = current[field];
    if (value !== null) params.set(field, value);
  }
  const notices: UrlNotice[] = [];
  for (const field of SETTABLE) {
    if (!Object.hasOwn(message, field)) continue;
    const candidate = new URLSearchParams(params);
    const value = message[field];
    if (value === null || value === undefined) candidate.delete(field);
    else candidate.set(field, asText(value));
    if (field === 'scenario' && candidate.get(field) !== params.get(field)) {
      for (const follower of FOLLOW_SCENARIO)
        if (!Object.hasOwn(message, follower)) candidate.delete(follower);
    }
    // Every other value in the candidate is one the map already showed, so each notice is about
    // this field alone.
    const checked = parseUrlState(`?${candidate}`, '', context);
    notices.push(...checked.notices);
    if (!checked.notices.some(refused)) params = candidate;
  }
  const { state } = parseUrlState(`?${params}`, '', context);
  return {
    state: { ...state, lang: current.lang, theme: current.theme, embed: current.embed },
    // A refused date leaves the current one, not the default a URL would fall back to.
    notices: notices.map((n) => (n.kind === 'date-malformed' ? { ...n, shown: state.date } : n)),
  };
}

/** A notice that says the value was not used (a date without data is moved, and so used). */
function refused(notice: UrlNotice): boolean {
  return notice.kind === 'unknown' || notice.kind === 'date-malformed';
}

/**
 * A message's value as a URL would carry it: strings as they are, numbers and booleans as text,
 * anything else as the name of its type, which no parameter takes.
 */
function asText(value: unknown): string {
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
        ? String(value)
        : `[${Array.isArray(value) ? 'array' : typeof value}]`;
  return text.length > LONGEST_VALUE ? text.slice(0, LONGEST_VALUE) : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
