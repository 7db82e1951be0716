/**
 * The shape of a story file (`data/stories/<slug>.json`), as a valibot schema.
 *
 * valibot rather than zod: embeds may validate data in the browser later, and valibot's
 * modular API tree-shakes to a few KB where zod ships its whole runtime.
 * Rules that need the whole story (ids that must exist, quotes that must stand in the
 * source text, dates that must parse) live in `validate.ts`, which reports them all at once.
 */
import * as v from 'valibot';
import { PALETTE, SYMBOLS } from './categories.ts';
import { parseInstant } from './instant-text.ts';
import { STATUSES } from './status.ts';

export { STATUSES, type Status } from './status.ts';

/** Suggested place kinds, for editors' autocompletion; any short text is accepted. */
export const PLACE_KINDS = [
	'capital',
	'city',
	'town',
	'village',
	'building',
	'venue',
	'spaceport',
	'airport',
	'port',
	'ship',
	'border station',
	'military garrison',
	'university',
	'region',
	'country'
] as const;

/** Longest texts a story may hold: long enough for any real one, short enough to lay out. */
export const MAX = { id: 80, name: 120, title: 200, dek: 400, summary: 2000, quote: 4000 } as const;

const text = (max: number) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty('must not be empty'),
		v.maxLength(max, `must be at most ${max} characters`)
	);
const NonEmpty = text(MAX.summary);
const Id = v.pipe(
	v.string(),
	v.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'must be lowercase words joined by hyphens, e.g. "summit-2019"'
	),
	v.maxLength(MAX.id, `must be at most ${MAX.id} characters`)
);

const IsoDay = v.pipe(
	v.string(),
	v.isoDate('must be a date written yyyy-mm-dd'),
	// The one instant parser knows which days exist (2023-02-31 is refused, not rolled over).
	v.check((day) => parseInstant(day) !== null, 'is a day that does not exist')
);

/** An IANA time zone that this runtime knows (Intl is the authority). */
export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return zone.length > 0;
	} catch {
		return false;
	}
}
const TimeZone = v.pipe(
	v.string(),
	v.check(isTimeZone, 'is not an IANA time zone, e.g. "Europe/Paris" or "Asia/Vladivostok"')
);

/** A well-formed BCP 47 language tag (Intl is the authority). */
export function isLanguageTag(tag: string): boolean {
	try {
		return Intl.getCanonicalLocales(tag).length === 1;
	} catch {
		return false;
	}
}
const LanguageTag = v.pipe(
	v.string(),
	v.check(isLanguageTag, 'is not a BCP 47 language tag, e.g. "en", "ko" or "pt-BR"')
);
const HttpUrl = v.pipe(
	v.string(),
	v.url('must be a full URL'),
	v.regex(/^https?:\/\//i, 'must start with http:// or https://')
);

export const CitationSchema = v.strictObject({
	publisher: text(MAX.name),
	title: v.optional(text(MAX.title)),
	url: v.optional(HttpUrl),
	date: v.optional(IsoDay)
});

export const QuoteSchema = v.strictObject({
	/** Verbatim text of the source; checked against `data/sources/<file>`. */
	text: text(MAX.quote),
	/** Which source it is from (a source id); the story's first source when omitted. */
	source: v.optional(Id),
	/** How a relative date in the quote was resolved against the source's publication date. */
	resolves: v.optional(
		v.strictObject({
			phrase: text(MAX.title),
			/** EDTF at the precision the phrase gives: "last year" is a year, "on Sunday" a day. */
			date: text(64),
			reasoning: NonEmpty
		})
	)
});

export const ContextSchema = v.strictObject({
	text: NonEmpty,
	citation: CitationSchema
});

export const ProvenanceSchema = v.strictObject({
	status: v.picklist(STATUSES, `must be one of ${STATUSES.join(', ')}`),
	quotes: v.optional(v.array(QuoteSchema), []),
	context: v.optional(v.array(ContextSchema), []),
	/** For a disputed claim: what checked sources say instead. */
	correction: v.optional(ContextSchema)
});

const CountryCode = v.pipe(
	v.string(),
	v.regex(/^[A-Z]{2}$/, 'must be a two-letter country code, e.g. "RU"')
);

export const PlaceSchema = v.strictObject({
	id: Id,
	name: text(MAX.name),
	/** The name in other languages, keyed by BCP 47 tag: { "ko": "평양", "ru": "Пхеньян" }. */
	names: v.optional(
		v.pipe(
			v.record(LanguageTag, text(MAX.name)),
			v.description('The place name in other languages, keyed by BCP 47 language tag.')
		)
	),
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
	/** What the place is: free text; see PLACE_KINDS for suggestions. */
	kind: v.pipe(
		text(60),
		v.description(`What the place is, in a word or two, e.g. ${PLACE_KINDS.join(', ')}.`),
		v.metadata({ examples: [...PLACE_KINDS] })
	),
	/** ISO 3166-1 alpha-2 code. */
	country: v.optional(CountryCode)
});

export const ParticipantSchema = v.strictObject({
	name: text(MAX.name),
	role: text(MAX.title),
	country: v.optional(CountryCode)
});

/** A category a story declares: its id, label, and optionally a symbol and a palette colour. */
export const CategorySchema = v.strictObject({
	id: Id,
	label: text(60),
	symbol: v.optional(v.picklist(SYMBOLS, `must be one of ${SYMBOLS.join(', ')}`)),
	colour: v.optional(v.picklist(PALETTE, `must be one of ${PALETTE.join(', ')}`))
});

export const EventSchema = v.strictObject({
	id: Id,
	title: text(MAX.title),
	summary: text(MAX.summary),
	/** EDTF: `2011-08-24`, `2019-04`, `2023-09-10/2023-09-19`, `2011-08~`, `2011?`. */
	date: text(64),
	/** Local clock time, when the sources give it. */
	time: v.optional(
		v.strictObject({
			local: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)')),
			/** IANA zone of the clock; the story's timeZone when omitted. */
			zone: v.optional(TimeZone),
			approximate: v.optional(v.boolean(), false)
		})
	),
	places: v.array(Id),
	participants: v.optional(v.array(ParticipantSchema), []),
	/** One of the story's categories (or of the default six, when it declares none). */
	category: Id,
	/** 1 minor, 2 notable, 3 key (summits). */
	importance: v.picklist([1, 2, 3], 'must be 1, 2 or 3'),
	provenance: ProvenanceSchema
});

export const JourneySchema = v.strictObject({
	id: Id,
	title: text(MAX.title),
	legs: v.pipe(
		v.array(
			v.strictObject({
				from: Id,
				to: Id,
				mode: v.picklist(
					['train', 'car', 'plane', 'ship', 'foot'],
					'must be train, car, plane, ship or foot'
				),
				events: v.optional(v.array(Id), [])
			})
		),
		v.minLength(1, 'a journey needs at least one leg')
	)
});

export const SourceSchema = v.strictObject({
	id: Id,
	title: text(MAX.title),
	publisher: text(MAX.name),
	published: IsoDay,
	url: v.optional(HttpUrl),
	/** File name under `data/sources/`. */
	text: v.pipe(v.string(), v.regex(/^[a-z0-9-]+\.txt$/, 'must be a file name like "my-story.txt"'))
});

export const TilesSchema = v.strictObject({
	url: v.pipe(
		v.string(),
		v.regex(
			/^https:\/\/.+\{z\}.+\{x\}.+\{y\}/,
			'must be an https XYZ template with {z}, {x} and {y}'
		)
	),
	attribution: text(MAX.title)
});

/** A person the article quotes: who they are, their words as published, what they speak about. */
export const VoiceSchema = v.strictObject({
	id: Id,
	name: text(MAX.name),
	/** Role or affiliation, as the article gives it: "professor at Ewha University in Seoul". */
	role: text(MAX.title),
	/** The article gives their view in its own words rather than theirs. */
	paraphrased: v.optional(v.boolean(), false),
	/** Their words, verbatim from the source (checked like every quote). */
	quotes: v.pipe(
		v.array(QuoteSchema),
		v.minLength(1, 'a voice needs their words from the article')
	),
	/** Ids of the events they speak about. */
	events: v.optional(v.array(Id), [])
});

export const StorySchema = v.strictObject({
	$schema: v.optional(v.string()),
	slug: Id,
	title: text(MAX.title),
	dek: text(MAX.dek),
	/** BCP 47 language tag of the story text: the page's lang. */
	language: LanguageTag,
	/** IANA zone in which dates and clock times are shown, e.g. "Asia/Vladivostok". */
	timeZone: TimeZone,
	sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'a story needs its source article')),
	/** The story's categories; the default six (summit, travel, visit, forum, legal, statement) when omitted. */
	categories: v.optional(v.pipe(v.array(CategorySchema), v.minLength(1, 'declare at least one'))),
	places: v.array(PlaceSchema),
	events: v.array(EventSchema),
	journeys: v.optional(v.array(JourneySchema), []),
	/** The people the article quotes. */
	voices: v.optional(v.array(VoiceSchema)),
	/** An optional tile server; off unless a story sets it. */
	tiles: v.optional(TilesSchema)
});

export type StoryFile = v.InferOutput<typeof StorySchema>;
export type StoryFileEvent = v.InferOutput<typeof EventSchema>;
export type StoryFileQuote = v.InferOutput<typeof QuoteSchema>;
export type StoryFileVoice = v.InferOutput<typeof VoiceSchema>;
