/**
 * What the studio borrows from the story pages, in one lazy module: the explorer (for the
 * preview), the validator (for the live checks) and the default categories. One module on
 * purpose: the bundler groups code by the set of pages that load it, and a second, partial
 * import of the same files splits the story pages' shared chunks into more requests than
 * their 60 KB budget can carry.
 */
export { default as Explorer } from '../explorer/Explorer.svelte';
export { validateStory } from '../data/validate.ts';
export { DEFAULT_CATEGORIES } from '../data/categories.ts';
export { STATUSES, PLACE_KINDS } from '../data/schema.ts';
