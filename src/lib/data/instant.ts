/** Units of time in ms, and UTC days as yyyy-mm-dd (see instant-text.ts for instants as text). */

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A yyyy-mm-dd day of UTC ms. */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Midnight UTC of a yyyy-mm-dd day (no checks: for days the code itself wrote). */
export const dayStart = (day: string): number => Date.parse(`${day}T00:00:00Z`);
