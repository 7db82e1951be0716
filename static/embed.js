/*! Event Atlas embed loader. <div data-event-atlas="<slug>" data-view="map"> becomes a lazy,
 * self-sizing iframe of /embed/<slug>/. Options: data-* of OPTIONS below; data-title names the
 * frame (else the div's text). Host API, see README "Embedding":
 * EventAtlas.get(div) -> { select(id), window(from, to), reset(), on(type, fn) -> off, frame };
 * the embed's messages are also dispatched on the div as bubbling events ('event-atlas:select'). */
(function () {
	if (window.EventAtlas) return window.EventAtlas.scan();
	var P = 'event-atlas:';
	var OPTIONS = ['view', 'event', 'from', 'to', 'theme', 'tiles', 'controls', 'scale'];
	var script = document.currentScript;
	// The app lives where this file does: <base>/embed.js.
	var app = new URL('.', script ? script.src : location.href);
	var embeds = [];

	function iso(date) {
		return date instanceof Date ? date.toISOString() : date;
	}

	function send(embed, message) {
		// Until the embed says it is ready, keep the latest message of each kind.
		if (!embed.ready) {
			embed.queue = embed.queue.filter(function (m) {
				return m.type !== message.type && message.type !== P + 'reset';
			});
			return embed.queue.push(message);
		}
		embed.frame.contentWindow.postMessage(message, app.origin);
	}

	function get(div) {
		var slug = div && div.getAttribute('data-event-atlas');
		if (!slug) return null;
		for (var i = 0; i < embeds.length; i++) if (embeds[i].div === div) return embeds[i].api;
		var query = new URLSearchParams();
		OPTIONS.forEach(function (key) {
			var value = div.getAttribute('data-' + key);
			if (value) query.set(key, value);
		});
		var frame = document.createElement('iframe');
		frame.src = new URL('embed/' + encodeURIComponent(slug) + '/?' + query, app).href.replace(
			/\?$/,
			''
		);
		frame.title =
			div.getAttribute('data-title') || div.textContent.trim() || 'Event Atlas timeline and map';
		frame.setAttribute('loading', 'lazy');
		// The embed's "Share this view" button copies a link.
		frame.setAttribute('allow', 'clipboard-write');
		// As EMBED_SANDBOX in src/lib/embed/snippet.ts: the embed runs, the host page stays its own.
		frame.setAttribute(
			'sandbox',
			'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox'
		);
		frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
		frame.style.cssText = 'display:block;width:100%;height:600px;border:0';
		div.replaceChildren(frame);
		var embed = { div: div, frame: frame, ready: false, queue: [] };
		embed.api = {
			frame: frame,
			select: function (id) {
				send(embed, { type: P + 'select', id: id });
			},
			window: function (from, to) {
				send(embed, { type: P + 'window', from: iso(from), to: iso(to) });
			},
			reset: function () {
				send(embed, { type: P + 'reset' });
			},
			on: function (type, fn) {
				var name = type.indexOf(P) === 0 ? type : P + type;
				var listener = function (event) {
					fn(event.detail);
				};
				div.addEventListener(name, listener);
				return function () {
					div.removeEventListener(name, listener);
				};
			}
		};
		embeds.push(embed);
		return embed.api;
	}

	function scan() {
		document.querySelectorAll('[data-event-atlas]').forEach(get);
	}

	addEventListener('message', function (event) {
		var data = event.data;
		if (event.origin !== app.origin || !data || typeof data.type !== 'string') return;
		var embed = embeds.filter(function (e) {
			return e.frame.contentWindow === event.source;
		})[0];
		if (!embed || data.type.indexOf(P) !== 0) return;
		if (data.type === P + 'height' && data.height > 0 && data.height < 1e5) {
			embed.frame.style.height = Math.ceil(data.height) + 'px';
		}
		if (data.type === P + 'ready') {
			embed.ready = true;
			embed.queue.splice(0).forEach(function (m) {
				send(embed, m);
			});
		}
		embed.div.dispatchEvent(new CustomEvent(data.type, { detail: data, bubbles: true }));
	});

	window.EventAtlas = { get: get, scan: scan };
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
	else scan();
})();
