import { describe, expect, it } from 'vitest';
import { syntheticEvents } from './synthetic';

describe('syntheticEvents', () => {
	it('is the same for the same seed and different for another', () => {
		expect(syntheticEvents(50, 7)).toEqual(syntheticEvents(50, 7));
		expect(syntheticEvents(50, 7)).not.toEqual(syntheticEvents(50, 8));
	});

	it.each([0, 1, 1000])(
		'makes %i sorted events within 2011–2023, spans ending after they start',
		(n) => {
			const events = syntheticEvents(n);
			expect(events).toHaveLength(n);
			expect(new Set(events.map((e) => e.id)).size).toBe(n);
			for (let i = 0; i < events.length; i++) {
				const e = events[i]!;
				expect(e.start >= '2011-01-01' && e.start <= '2023-12-31').toBe(true);
				if (e.end) expect(e.end > e.start).toBe(true);
				if (i > 0) expect(events[i - 1]!.start <= e.start).toBe(true);
			}
		}
	);
});
