/**
 * Connects an embedded explorer to the page around its iframe (see protocol.ts): applies the
 * host's select/window/reset messages, reports the reader's selection and time window, and
 * the content height so the host can size the frame.
 *
 * Messages go out with targetOrigin '*': they carry only public facts (the story's slug, an
 * event id, dates, a height) and the host's origin is unknown by design, since any site may
 * embed a story. Incoming messages are trusted only from our own parent window, and even
 * then only when they validate.
 */
import type { ExplorerState } from '$lib/state/explorer.svelte';
import { formatInstant, parseInstant } from '$lib/data/instant-text';
import { theme } from '$lib/state/theme.svelte';
import { isProtocolLike, parseHostMessage, type EmbedMessage } from './protocol';

/** Zooming moves the window every frame; the host hears where it stops. */
export const WINDOW_DEBOUNCE_MS = 200;

export interface ConnectOptions {
	/** The story's slug, announced in the ready message. */
	slug: string;
	/** The window to talk to: `window.parent` unless a test stands in for it. */
	parent?: Window;
}

const windowKey = (w: [number, number] | null) =>
	w ? `${formatInstant(w[0])}/${formatInstant(w[1])}` : '';

/** The content's height in CSS px: the body's bottom edge plus its margin. */
function contentHeight(): number {
	const body = document.body;
	const bottom = body.getBoundingClientRect().bottom + window.scrollY;
	return Math.ceil(bottom + (parseFloat(getComputedStyle(body).marginBottom) || 0));
}

/** Start talking to the host page; returns the cleanup. Does nothing outside an iframe. */
export function connectToHost(explorer: ExplorerState, options: ConnectOptions): () => void {
	if (typeof window === 'undefined') return () => {};
	const parent = options.parent ?? window.parent;
	if (!parent || parent === window) return () => {};

	const post = (message: EmbedMessage) => parent.postMessage(message, '*');
	// What the host already knows, from its own messages or from ours: changes equal to it are
	// not sent, so the host's own select/window never comes back to it as the reader's.
	// The embed's opening event and window (its `event`, `from`, `to`) are the host's own
	// choice too: known from the start, so they are not reported as the reader's.
	const known = { selectedId: explorer.selectedId, window: windowKey(explorer.window) };
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, not state
	const warned = new Set<string>();
	const warn = (key: string, message: string) => {
		if (warned.has(key)) return;
		warned.add(key);
		console.warn(`Event Atlas embed: ${message}`);
	};

	function onMessage(event: MessageEvent) {
		if (event.source !== parent) return;
		const message = parseHostMessage(event.data);
		if (!message) {
			// Other scripts on the host may talk to frames too; only our own kind is worth a word.
			if (isProtocolLike(event.data)) warn('malformed', 'ignored a malformed host message.');
			return;
		}
		switch (message.type) {
			case 'event-atlas:select':
				if (message.id !== null && !explorer.byId.has(message.id)) {
					// Once per kind: a host looping over bad ids must not flood the console.
					warn('unknown-id', `the story has no event “${message.id}”; selection kept.`);
					return;
				}
				known.selectedId = message.id;
				explorer.select(message.id);
				return;
			case 'event-atlas:window': {
				// parseHostMessage checked both ends and their order.
				const range: [number, number] = [parseInstant(message.from)!, parseInstant(message.to)!];
				known.window = windowKey(range);
				explorer.window = range;
				return;
			}
			case 'event-atlas:theme':
				theme.fix(message.theme);
				return;
			case 'event-atlas:reset':
				known.selectedId = null;
				known.window = windowKey(null);
				explorer.select(null);
				explorer.window = null;
				return;
		}
	}
	window.addEventListener('message', onMessage);
	post({ type: 'event-atlas:ready', story: options.slug });

	const stopEffects = $effect.root(() => {
		$effect(() => {
			const id = explorer.selectedId;
			if (id === known.selectedId) return;
			known.selectedId = id;
			post({ type: 'event-atlas:select', id });
		});
		$effect(() => {
			const range = explorer.window;
			const key = windowKey(range);
			if (key === known.window) return;
			const timer = setTimeout(() => {
				known.window = key;
				post({
					type: 'event-atlas:window',
					from: range ? formatInstant(range[0]) : null,
					to: range ? formatInstant(range[1]) : null
				});
			}, WINDOW_DEBOUNCE_MS);
			return () => clearTimeout(timer);
		});
	});

	// Report the height whenever the content's size changes. It is measured from the body's
	// content, not the viewport, so the host resizing the frame does not change it again;
	// one report per frame at most, and only when it differs.
	let lastHeight = -1;
	let frame = 0;
	const report = () => {
		frame = 0;
		const height = contentHeight();
		if (height === lastHeight) return;
		lastHeight = height;
		post({ type: 'event-atlas:height', height });
	};
	const observer =
		typeof ResizeObserver === 'undefined'
			? null
			: new ResizeObserver(() => {
					if (!frame) frame = requestAnimationFrame(report);
				});
	observer?.observe(document.body);
	report();

	return () => {
		window.removeEventListener('message', onMessage);
		stopEffects();
		observer?.disconnect();
		if (frame) cancelAnimationFrame(frame);
	};
}
