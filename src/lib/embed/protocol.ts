/**
 * The messages an embed and its host page exchange with `postMessage`. Every type starts with
 * `event-atlas:` so they never mix with other libraries' messages. Messages from the host are
 * validated strictly: anything that is not exactly one of the shapes below is ignored.
 *
 * host → embed: select {id}, window {from, to}, reset, theme {theme: 'light' | 'dark'}
 * embed → host: ready {story}, select {id | null}, window {from | null, to | null}, height {height}
 */
import { parseInstant } from '$lib/data/instant-text';

/** Ask the embed to select an event (null: clear the selection). */
export interface HostSelect {
	type: 'event-atlas:select';
	id: string | null;
}
/** Ask the embed to show a time window: yyyy-mm-dd or ISO instants, `from` before `to`. */
export interface HostWindow {
	type: 'event-atlas:window';
	from: string;
	to: string;
}
/** Clear the selection and show the whole story. */
export interface HostReset {
	type: 'event-atlas:reset';
}
/** Follow the host page's own light/dark toggle (wins over the embed's theme option). */
export interface HostTheme {
	type: 'event-atlas:theme';
	theme: 'light' | 'dark';
}
export type HostMessage = HostSelect | HostWindow | HostReset | HostTheme;

/** The embed has loaded and listens; `story` is its slug. */
export interface EmbedReady {
	type: 'event-atlas:ready';
	story: string;
}
/** The selection changed inside the embed (not sent back for the host's own select). */
export interface EmbedSelect {
	type: 'event-atlas:select';
	id: string | null;
}
/** The time window changed (null, null: the whole story). Sent once zooming settles. */
export interface EmbedWindow {
	type: 'event-atlas:window';
	from: string | null;
	to: string | null;
}
/** The embed's content height in CSS pixels: size the iframe to it. */
export interface EmbedHeight {
	type: 'event-atlas:height';
	height: number;
}
export type EmbedMessage = EmbedReady | EmbedSelect | EmbedWindow | EmbedHeight;

export const MESSAGE_PREFIX = 'event-atlas:';

/** Event and story ids, as the story schema allows them; long ones are not ids. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 200;
const isId = (value: unknown): value is string =>
	typeof value === 'string' && value.length <= MAX_ID && ID.test(value);

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

/** The object has exactly these keys: a strict protocol has no optional extras to misspell. */
function hasKeys(value: Record<string, unknown>, keys: string[]): boolean {
	const own = Object.keys(value);
	return own.length === keys.length && keys.every((k) => Object.hasOwn(value, k));
}

/** A message from the host page, or null when `data` is not exactly one of them. */
export function parseHostMessage(data: unknown): HostMessage | null {
	if (!isPlainObject(data)) return null;
	switch (data.type) {
		case 'event-atlas:select':
			if (!hasKeys(data, ['type', 'id'])) return null;
			if (data.id !== null && !isId(data.id)) return null;
			return { type: data.type, id: data.id };
		case 'event-atlas:window': {
			if (!hasKeys(data, ['type', 'from', 'to'])) return null;
			const from = parseInstant(data.from);
			const to = parseInstant(data.to);
			if (from === null || to === null || from >= to) return null;
			return { type: data.type, from: data.from as string, to: data.to as string };
		}
		case 'event-atlas:reset':
			return hasKeys(data, ['type']) ? { type: data.type } : null;
		case 'event-atlas:theme':
			return hasKeys(data, ['type', 'theme']) && (data.theme === 'light' || data.theme === 'dark')
				? { type: data.type, theme: data.theme }
				: null;
		default:
			return null;
	}
}

/**
 * A message from an embed, or null: for host pages and tests. Hosts should also check that
 * `event.source` is their iframe's window.
 */
export function parseEmbedMessage(data: unknown): EmbedMessage | null {
	if (!isPlainObject(data)) return null;
	switch (data.type) {
		case 'event-atlas:ready':
			return hasKeys(data, ['type', 'story']) && isId(data.story)
				? { type: data.type, story: data.story }
				: null;
		case 'event-atlas:select':
			return hasKeys(data, ['type', 'id']) && (data.id === null || isId(data.id))
				? { type: data.type, id: data.id }
				: null;
		case 'event-atlas:window': {
			if (!hasKeys(data, ['type', 'from', 'to'])) return null;
			if (data.from === null && data.to === null) return { type: data.type, from: null, to: null };
			const from = parseInstant(data.from);
			const to = parseInstant(data.to);
			if (from === null || to === null || from >= to) return null;
			return { type: data.type, from: data.from as string, to: data.to as string };
		}
		case 'event-atlas:height':
			return hasKeys(data, ['type', 'height']) &&
				typeof data.height === 'number' &&
				Number.isFinite(data.height) &&
				data.height >= 0
				? { type: data.type, height: data.height }
				: null;
		default:
			return null;
	}
}

/** Looks like one of ours (so worth a warning when it does not parse). */
export function isProtocolLike(data: unknown): boolean {
	return (
		isPlainObject(data) && typeof data.type === 'string' && data.type.startsWith(MESSAGE_PREFIX)
	);
}
