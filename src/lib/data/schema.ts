/**
 * The shape of a story file (`data/stories/<slug>.json`), as a valibot schema.
 *
 * valibot rather than zod: embeds may validate data in the browser later, and valibot's
 * modular API tree-shakes to a few KB where zod ships its whole runtime.
 * Rules that need the whole story (ids that must exist, quotes that must stand in the
 * source text, dates that must parse) live in `validate.ts`, which reports them all at once.
 */
import * as v from 'valibot';

export const CATEGORIES = ['summit', 'travel', 'visit', 'forum', 'legal', 'statement'] as const;
export const PLACE_KINDS = [
	'capital',
	'city',
	'spaceport',
	'border station',
	'military garrison',
	'university'
] as const;
export const STATUSES = ['reported', 'disputed', 'context'] as const;

const NonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const Id = v.pipe(
	v.string(),
	v.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'must be lowercase words joined by hyphens, e.g. "summit-2019"'
	)
);
const IsoDay = v.pipe(v.string(), v.isoDate('must be a date written yyyy-mm-dd'));
const HttpUrl = v.pipe(
	v.string(),
	v.url('must be a full URL'),
	v.regex(/^https?:\/\//i, 'must start with http:// or https://')
);

export const CitationSchema = v.object({
	publisher: NonEmpty,
	title: v.optional(NonEmpty),
	url: v.optional(HttpUrl),
	date: v.optional(IsoDay)
});

export const QuoteSchema = v.object({
	/** Verbatim text of the source; checked against `data/sources/<file>`. */
	text: NonEmpty,
	/** Which source it is from (a source id); the story's first source when omitted. */
	source: v.optional(Id),
	/** How a relative date in the quote was resolved against the source's publication date. */
	resolves: v.optional(
		v.object({
			phrase: NonEmpty,
			date: IsoDay,
			reasoning: NonEmpty
		})
	)
});

export const ContextSchema = v.object({
	text: NonEmpty,
	citation: CitationSchema
});

export const ProvenanceSchema = v.object({
	status: v.picklist(STATUSES, `must be one of ${STATUSES.join(', ')}`),
	quotes: v.optional(v.array(QuoteSchema), []),
	context: v.optional(v.array(ContextSchema), []),
	/** For a disputed claim: what checked sources say instead. */
	correction: v.optional(ContextSchema)
});

export const PlaceSchema = v.object({
	id: Id,
	name: NonEmpty,
	names: v.object({ ko: NonEmpty, ru: NonEmpty }),
	lat: v.pipe(
		v.number(),
		v.minValue(-90, 'latitude must be between -90 and 90'),
		v.maxValue(90, 'latitude must be between -90 and 90')
	),
	lon: v.pipe(
		v.number(),
		v.minValue(-180, 'longitude must be between -180 and 180'),
		v.maxValue(180, 'longitude must be between -180 and 180')
	),
	kind: v.picklist(PLACE_KINDS, `must be one of ${PLACE_KINDS.join(', ')}`),
	/** ISO 3166-1 alpha-2 code. */
	country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter country code, e.g. "RU"'))
});

export const ParticipantSchema = v.object({
	name: NonEmpty,
	role: NonEmpty,
	country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter country code'))
});

export const EventSchema = v.object({
	id: Id,
	title: NonEmpty,
	summary: NonEmpty,
	/** EDTF: `2011-08-24`, `2019-04`, `2023-09-10/2023-09-19`, `2011-08~`, `2011?`. */
	date: NonEmpty,
	/** Local clock time, when the sources give it. */
	time: v.optional(
		v.object({
			local: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)')),
			zone: NonEmpty,
			approximate: v.optional(v.boolean(), false)
		})
	),
	places: v.array(Id),
	participants: v.optional(v.array(ParticipantSchema), []),
	category: v.picklist(CATEGORIES, `must be one of ${CATEGORIES.join(', ')}`),
	/** 1 minor, 2 notable, 3 key (summits). */
	importance: v.picklist([1, 2, 3], 'must be 1, 2 or 3'),
	provenance: ProvenanceSchema
});

export const JourneySchema = v.object({
	id: Id,
	title: NonEmpty,
	legs: v.pipe(
		v.array(
			v.object({
				from: Id,
				to: Id,
				mode: v.picklist(['train', 'car', 'plane', 'ship'], 'must be train, car, plane or ship'),
				events: v.optional(v.array(Id), [])
			})
		),
		v.minLength(1, 'a journey needs at least one leg')
	)
});

export const SourceSchema = v.object({
	id: Id,
	title: NonEmpty,
	publisher: NonEmpty,
	published: IsoDay,
	url: v.optional(HttpUrl),
	/** File name under `data/sources/`. */
	text: v.pipe(v.string(), v.regex(/^[a-z0-9-]+\.txt$/, 'must be a file name like "my-story.txt"'))
});

export const TilesSchema = v.object({
	url: v.pipe(
		v.string(),
		v.regex(
			/^https:\/\/.+\{z\}.+\{x\}.+\{y\}/,
			'must be an https XYZ template with {z}, {x} and {y}'
		)
	),
	attribution: NonEmpty
});

export const StorySchema = v.object({
	$schema: v.optional(v.string()),
	slug: Id,
	title: NonEmpty,
	dek: NonEmpty,
	/** BCP 47 language tag of the story text. */
	language: v.pipe(
		v.string(),
		v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag like "en"')
	),
	/** IANA zone in which dates are shown, e.g. "Asia/Vladivostok". */
	timeZone: NonEmpty,
	sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'a story needs its source article')),
	places: v.array(PlaceSchema),
	events: v.array(EventSchema),
	journeys: v.optional(v.array(JourneySchema), []),
	/** An optional tile server; off unless a story sets it. */
	tiles: v.optional(TilesSchema)
});

export type StoryFile = v.InferOutput<typeof StorySchema>;
export type StoryFileEvent = v.InferOutput<typeof EventSchema>;
export type Category = (typeof CATEGORIES)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Status = (typeof STATUSES)[number];
