/**
 * The address bar ⇄ ExplorerState wiring: reads the deep link once the page is in the browser
 * (prerendered HTML has no query string), then keeps the address bar in step with the reader's
 * selection, time window and filters. Every parameter the link could not use is reported:
 * as notices on a story page, in the console inside an embed (its host's readers need no
 * banner). Call it while a component initialises, as with any Svelte lifecycle function.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- URLs and Sets here are one-off reads, never state */
import { onMount } from 'svelte';
import { afterNavigate, replaceState } from '$app/navigation';
import type { ExplorerState } from './explorer.svelte';
import { STATUSES, type Status } from '$lib/data/status';

/** Link parsing and writing load only when there is a link to read or a view to write. */
const url = () => import('./url');

/** Zooming changes the window every frame; the address bar needs only where it stops. */
const SETTLE_MS = 150;

export interface AddressBarOptions {
	/** Inside an embed: notices go to the console. */
	embedded: boolean;
	/** Called once the link has been read, e.g. to connect an embed to its host; may return a cleanup. */
	onlinked?: () => void | (() => void);
}

export function bindAddressBar(explorer: ExplorerState, options: AddressBarOptions): void {
	let linked = $state(false);
	let routerReady = $state(false);
	// replaceState needs the router, which is ready only once the first navigation ends.
	afterNavigate(() => (routerReady = true));

	onMount(() => {
		let cleanup: void | (() => void);
		let gone = false;
		const done = () => {
			linked = true;
			if (!gone) cleanup = options.onlinked?.();
		};
		const params = new URL(location.href).searchParams;
		// Without a query string there is nothing to read: no need to load the parser yet.
		if (params.size === 0) done();
		else
			void url()
				.then(({ parseLink }) => readLink(parseLink, params))
				.then(done);
		return () => {
			gone = true;
			cleanup?.();
		};
	});

	function readLink(parseLink: typeof import('./url').parseLink, params: URLSearchParams) {
		const { story } = explorer;
		const link = parseLink(params, {
			events: new Set(explorer.byId.keys()),
			categories: new Set(story.events.map((e) => e.category)),
			places: new Set(explorer.placesById.keys()),
			statuses: new Set(STATUSES)
		});
		explorer.selectedId = link.event;
		if (link.window) explorer.window = link.window;
		explorer.categories = (link.categories ?? []) as ExplorerState['categories'];
		explorer.places = link.places ?? [];
		explorer.statuses = (link.statuses ?? []) as Status[];
		explorer.query = link.query ?? '';
		if (link.proportional) explorer.proportional = true;
		for (const notice of link.notices) {
			if (options.embedded) console.warn(`Event Atlas embed: ${notice}`);
			else explorer.notify(notice);
		}
	}

	$effect(() => {
		if (!linked || !routerReady) return;
		const state = {
			event: explorer.selectedId,
			window: explorer.window,
			categories: explorer.categories,
			places: explorer.places,
			statuses: explorer.statuses,
			query: explorer.query,
			proportional: explorer.proportional
		};
		let cancelled = false;
		const timer = setTimeout(async () => {
			const { linkSearch } = await url();
			if (cancelled) return;
			const search = linkSearch(state, new URL(location.href).searchParams);
			if (search !== location.search)
				replaceState(`${location.pathname}${search}${location.hash}`, {});
		}, SETTLE_MS);
		return () => {
			cancelled = true;
			clearTimeout(timer);
		};
	});
}
