import { describe, expect, it } from 'vitest';
import { buildStory } from '../import/story.ts';
import { rowsFromTimelineJs } from '../import/timelinejs.ts';
import { timelineDate, toTimelineJs, type ExportableStory } from './timelinejs.ts';

describe('timelineDate: EDTF → TimelineJS date at the same precision', () => {
	it.each([
		{ edtf: '2011', expected: { year: 2011 } },
		{ edtf: '2019-04', expected: { year: 2019, month: 4 } },
		{ edtf: '2023-09-10', expected: { year: 2023, month: 9, day: 10 } },
		{
			edtf: '2023-09-13',
			time: '13:09',
			expected: { year: 2023, month: 9, day: 13, hour: 13, minute: 9 }
		},
		{ edtf: '2011-08~', expected: { year: 2011, month: 8 } },
		{ edtf: 'not a date', expected: null }
	])('$edtf → $expected', ({ edtf, time, expected }) =>
		expect(timelineDate(edtf, time)).toEqual(expected)
	);
});

const story: ExportableStory = {
	title: 'Summits',
	dek: 'Three of them.',
	events: [
		{
			id: 'a',
			title: 'Summit in 2011',
			summary: 'Near Ulan-Ude.',
			date: '2011',
			category: 'summit'
		},
		{
			id: 'b',
			title: 'The journey',
			summary: 'By train.',
			date: '2023-09-10/2023-09-12',
			category: 'travel'
		},
		{
			id: 'c',
			title: 'Talks',
			summary: 'At the spaceport.',
			date: '2023-09-13',
			time: { local: '13:09' },
			category: 'summit'
		}
	]
};

describe('TimelineJS round trip: export, then import', () => {
	const exported = toTimelineJs(story);
	const { rows, title, dek } = rowsFromTimelineJs(JSON.parse(JSON.stringify(exported)));

	it('keeps every title, summary, date, time and group', () => {
		expect(title).toBe('Summits');
		expect(dek).toBe('Three of them.');
		expect(rows).toEqual([
			{ date: '2011', title: 'Summit in 2011', summary: 'Near Ulan-Ude.', category: 'summit' },
			{
				date: '2023-09-10/2023-09-12',
				title: 'The journey',
				summary: 'By train.',
				category: 'travel'
			},
			{
				date: '2023-09-13',
				time: '13:09',
				title: 'Talks',
				summary: 'At the spaceport.',
				category: 'summit'
			}
		]);
	});

	it('gives a story whose events export to the same TimelineJS slides', () => {
		const { story: imported } = buildStory(rows, {
			slug: 'x',
			title,
			dek,
			published: '2024-01-01',
			format: 'TimelineJS JSON'
		});
		const again = toTimelineJs(imported);
		expect(again.events.map(({ unique_id, ...rest }) => (void unique_id, rest))).toEqual(
			exported.events.map(({ unique_id, ...rest }) => (void unique_id, rest))
		);
	});
});
