/**
 * How we know an event: the article reports it, checked sources dispute the article's claim,
 * or it is context from outside sources. Its own module so the client can name the statuses
 * without loading the schema.
 */
export const STATUSES = ['reported', 'disputed', 'context'] as const;
export type Status = (typeof STATUSES)[number];

/** Filter labels, in the reader's words. */
export const STATUS_LABELS: Record<Status, string> = {
	reported: 'Reported',
	disputed: 'Disputed',
	context: 'Context'
};
