/* eslint-disable-next-line @typescript-eslint/ban-ts-comment -- a plain script for other sites' pages, checked end to end (tests/e2e/host.spec.ts) rather than typed */
// @ts-nocheck
/*! Event Atlas embed loader: see README "Embedding". */
/**
 * Served, minified, as /embed.js. `<div data-event-atlas="<slug>" data-view="map">` and
 * `<event-atlas story="<slug>" view="map">` become lazy, self-sizing iframes of /embed/<slug>/.
 * Options (data-* on the div, attributes on the element): view, event, from, to, theme, tiles,
 * controls, layout, scale; height (px to reserve before the embed says its own); title.
 *
 * The host page is someone else's: this file must survive being included twice, loaded with
 * async or defer, a page with an element named EventAtlas (DOM clobbering), odd attributes, and
 * calls on an embed the page has since removed. It never throws at the host.
 */
(function () {
	var P = 'event-atlas:';
	var KEY = 'EventAtlas';
	var MARK = '__eventAtlas';
	var OPTIONS = ['view', 'event', 'from', 'to', 'theme', 'tiles', 'controls', 'layout', 'scale'];
	var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
	var getAttr = Element.prototype.getAttribute;
	var existing = window[KEY];

	// Included twice: the first copy looks for new embeds and stays in charge.
	if (existing && existing[MARK] === 1 && typeof existing.scan === 'function')
		return existing.scan();

	// currentScript is null when this file runs as a module or from a callback; then the
	// last script named embed.js is taken.
	var script =
		document.currentScript || document.querySelector('script[src*="embed.js"]:last-of-type');
	// The app lives where this file does: <app>/embed.js.
	var app = new URL('.', script ? script.src : location.href);
	var embeds = [];

	function attr(node, name) {
		var value = getAttr.call(node, name);
		return typeof value === 'string' ? value.trim() : '';
	}

	/** A Date (valid ones only) or a string for the embed to check; null: ignore the call. */
	function instant(value) {
		if (value instanceof Date) return isNaN(value.getTime()) ? null : value.toISOString();
		return typeof value === 'string' ? value : null;
	}

	function live(embed) {
		return embed.frame.isConnected && embed.frame.contentWindow;
	}

	function send(embed, message) {
		if (!live(embed)) return;
		if (!embed.ready) {
			// Until the embed says it is ready, keep the latest message of each kind.
			embed.queue = embed.queue.filter(function (m) {
				return m.type !== message.type && message.type !== P + 'reset';
			});
			return void embed.queue.push(message);
		}
		embed.frame.contentWindow.postMessage(message, app.origin);
	}

	function makeApi(embed) {
		return {
			frame: embed.frame,
			select: function (id) {
				if (id === null || typeof id === 'string') send(embed, { type: P + 'select', id: id });
			},
			window: function (from, to) {
				from = instant(from);
				to = instant(to);
				if (from && to) send(embed, { type: P + 'window', from: from, to: to });
			},
			reset: function () {
				send(embed, { type: P + 'reset' });
			},
			theme: function (theme) {
				if (theme === 'light' || theme === 'dark') send(embed, { type: P + 'theme', theme: theme });
			},
			on: function (type, fn) {
				var name = String(type).indexOf(P) === 0 ? type : P + type;
				var listener = function (event) {
					fn(event.detail);
				};
				embed.host.addEventListener(name, listener);
				return function () {
					embed.host.removeEventListener(name, listener);
				};
			}
		};
	}

	/** The embed of `host` (made on first call), or null. `read(name)` gives an option. */
	function attach(host, slug, read) {
		for (var i = 0; i < embeds.length; i++) if (embeds[i].host === host) return embeds[i].api;
		if (!SLUG.test(slug) || slug.length > 200) {
			console.warn('Event Atlas: "' + slug + '" is not a story id; the link stays as it is.');
			return null;
		}
		var query = new URLSearchParams();
		OPTIONS.forEach(function (key) {
			var value = read(key);
			if (value) query.set(key, value);
		});
		var frame = document.createElement('iframe');
		var search = String(query);
		frame.src = new URL('embed/' + slug + '/' + (search ? '?' + search : ''), app).href;
		frame.title = read('title') || host.textContent.trim() || 'Event Atlas timeline and map';
		frame.setAttribute('loading', 'lazy');
		// The embed's "Share this view" button copies a link.
		frame.setAttribute('allow', 'clipboard-write');
		// As EMBED_SANDBOX in src/lib/embed/snippet.ts: the embed runs, the host page stays its own.
		frame.setAttribute(
			'sandbox',
			'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox'
		);
		frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
		// A graphic view's height is known ahead (data-height): reserved, so nothing jumps.
		var height = Math.min(Math.max(parseInt(read('height'), 10) || 600, 100), 5000);
		frame.style.cssText = 'display:block;width:100%;border:0;height:' + height + 'px';
		host.replaceChildren(frame);
		var embed = { host: host, frame: frame, ready: false, queue: [] };
		embed.api = makeApi(embed);
		embeds.push(embed);
		return embed.api;
	}

	function get(node) {
		if (!(node instanceof Element)) return null;
		if (node.localName === 'event-atlas')
			return attach(node, attr(node, 'story'), function (key) {
				return attr(node, key);
			});
		if (!node.hasAttribute('data-event-atlas')) return null;
		return attach(node, attr(node, 'data-event-atlas'), function (key) {
			return attr(node, 'data-' + key);
		});
	}

	function scan() {
		[].forEach.call(document.querySelectorAll('[data-event-atlas]'), get);
	}

	addEventListener('message', function (event) {
		var data = event.data;
		if (event.origin !== app.origin || !data || typeof data.type !== 'string') return;
		if (data.type.indexOf(P) !== 0) return;
		var embed = embeds.filter(function (e) {
			return e.frame.contentWindow === event.source;
		})[0];
		if (!embed) return;
		if (data.type === P + 'height' && data.height > 0 && data.height < 1e5)
			embed.frame.style.height = Math.ceil(data.height) + 'px';
		if (data.type === P + 'ready') {
			embed.ready = true;
			embed.queue.splice(0).forEach(function (m) {
				send(embed, m);
			});
		}
		embed.host.dispatchEvent(new CustomEvent(data.type, { detail: data, bubbles: true }));
	});

	function run(fn) {
		if (typeof fn !== 'function') return;
		try {
			fn(api);
		} catch (error) {
			// The host's callback failed: report it without stopping the other callbacks.
			setTimeout(function () {
				throw error;
			});
		}
	}

	var api = { get: get, scan: scan, push: run };
	api[MARK] = 1;

	/** A queue the page made: run what it holds, and whatever it is given from now on. */
	function adopt(list) {
		list.splice(0).forEach(run);
		list.push = function () {
			[].forEach.call(arguments, run);
			return 0;
		};
	}

	// An own accessor wins over named elements (<img name="EventAtlas">) on window, and a page
	// that assigns a new queue to it later still has its callbacks run.
	try {
		Object.defineProperty(window, KEY, {
			configurable: true,
			get: function () {
				return api;
			},
			set: function (value) {
				if (Array.isArray(value)) adopt(value);
			}
		});
	} catch {
		window[KEY] = api;
	}

	if (window.customElements && !customElements.get('event-atlas')) {
		var Element_ = function () {
			return Reflect.construct(HTMLElement, [], Element_);
		};
		Element_.prototype = Object.create(HTMLElement.prototype);
		Element_.prototype.constructor = Element_;
		Element_.prototype.connectedCallback = function () {
			// Defined before the page is parsed: wait for the element's fallback content.
			if (document.readyState === 'loading')
				return void document.addEventListener('DOMContentLoaded', () => {
					if (this.isConnected) this.connectedCallback();
				});
			// The element is its own API: select, window, reset, theme, on, frame.
			Object.assign(this, get(this));
		};
		Object.setPrototypeOf(Element_, HTMLElement);
		customElements.define('event-atlas', Element_);
	}

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
	else scan();
	// Callbacks the page queued before this file arrived.
	if (Array.isArray(existing)) adopt(existing);
})();
