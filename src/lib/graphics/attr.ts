/**
 * A number for an SVG attribute, as a string. Svelte sets a number through the element's DOM
 * properties, which it first looks up once per kind of element (rect, line, text…): on a
 * page's first timeline that lookup was a millisecond or two of its first render. A string is
 * set as an attribute at once, with the same result.
 */
export const at = (n: number): string => `${n}`;
