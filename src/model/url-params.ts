/**
 * The names of the URL parameters (DESIGN.md "URL state"), declared once. The parser, the address
 * the app writes, the embed snippets, the embed protocol's state message and embed.js's data-*
 * attributes all take their lists from here (embed.js keeps a copy, since it imports nothing; a
 * test holds the copy to this list).
 */

/** What is shown: the parameters that make a view, shared by links, embeds and state messages. */
export const VIEW_PARAMS = ['scenario', 'date', 'since', 'region', 'place'] as const;

/** Every parameter the app reads. */
export const URL_PARAMS = [...VIEW_PARAMS, 'lang', 'theme', 'embed'] as const;

export type UrlParam = (typeof URL_PARAMS)[number];

/** What an embedding page may set on the element embed.js turns into a map (`data-<name>`). */
export const EMBED_ATTRIBUTES = [...VIEW_PARAMS, 'lang', 'theme'] as const;

/**
 * What a snippet and a state message carry: the view and its language. The theme is left to each
 * reader of the host page.
 */
export const SHARED_PARAMS = [...VIEW_PARAMS, 'lang'] as const;
