/**
 * The story as schema.org JSON-LD for the story page's head: the page, which cites its source
 * article (`NewsArticle`); each event the story stands behind as an `Event` (dates from the
 * EDTF bounds, places with coordinates); and each claim of the article that checked sources
 * contradict as a `ClaimReview` of a `Claim` appearing in that article. A disputed claim is not
 * also published as an `Event`: that would assert what the sources contradict.
 * Typed with schema-dts, so a misspelt property or a wrong type fails `npm run check`.
 */
import type {
	Claim,
	ClaimReview,
	CreativeWork,
	Event,
	NewsArticle,
	Organization,
	Place as SchemaPlace,
	WebPage
} from 'schema-dts';
import type { Story, StoryEvent } from '$lib/data/types';
import { isoBounds } from '$lib/exports/downloads';

type Citation = StoryEvent['provenance']['context'][number]['citation'];
type Node = WebPage | NewsArticle | Event | ClaimReview;

const organisation = (name: string): Organization => ({ '@type': 'Organization', name });

function citedWork(citation: Citation): CreativeWork {
	return {
		'@type': 'CreativeWork',
		...(citation.title ? { name: citation.title } : {}),
		...(citation.url ? { url: citation.url } : {}),
		...(citation.date ? { datePublished: citation.date } : {}),
		publisher: organisation(citation.publisher)
	};
}

/**
 * @param site the site's address (`https://…/`), or null: ids are then relative to the page.
 */
export function storyGraph(
	story: Story,
	site: string | null
): { '@context': 'https://schema.org'; '@graph': Node[] } {
	const page = site ? `${site}${story.slug}/` : '';
	const id = (fragment: string) => `${page}#${fragment}`;
	const placeById = new Map(story.places.map((p) => [p.id, p]));
	const articles: NewsArticle[] = story.sources.map((source) => ({
		'@type': 'NewsArticle',
		'@id': id(`source-${source.id}`),
		headline: source.title,
		datePublished: source.published,
		publisher: organisation(source.publisher),
		inLanguage: story.language,
		...(source.url ? { url: source.url } : {})
	}));
	const articleOf = (quote: { source?: string } | undefined) =>
		id(`source-${quote?.source ?? story.sources[0]!.id}`);

	const events: Event[] = story.events
		.filter((e) => e.provenance.status !== 'disputed')
		.map((event) => {
			const { start, end } = isoBounds(event.when);
			const location: SchemaPlace[] = event.places.flatMap((pid) => {
				const place = placeById.get(pid);
				if (!place) return [];
				return [
					{
						'@type': 'Place',
						name: place.name,
						geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon },
						...(place.country
							? { address: { '@type': 'PostalAddress', addressCountry: place.country } }
							: {})
					}
				];
			});
			return {
				'@type': 'Event',
				'@id': id(`event-${event.id}`),
				name: event.title,
				description: event.summary,
				startDate: start,
				endDate: end,
				...(location.length ? { location: location.length === 1 ? location[0]! : location } : {}),
				...(event.participants.length
					? {
							attendee: event.participants.map((p) => ({
								'@type': 'Person' as const,
								name: p.name,
								jobTitle: p.role
							}))
						}
					: {}),
				// Reported events are the article's: it is about them. Context comes from elsewhere.
				...(event.provenance.status === 'reported'
					? { subjectOf: { '@id': articleOf(event.provenance.quotes[0]) } }
					: {}),
				...(page ? { url: `${page}?event=${event.id}` } : {})
			};
		});

	const reviews: ClaimReview[] = story.events.flatMap((event) => {
		const correction = event.provenance.correction;
		if (event.provenance.status !== 'disputed' || !correction) return [];
		const quote = event.provenance.quotes[0];
		const source = story.sources.find((s) => articleOf(quote) === id(`source-${s.id}`));
		const claim: Claim = {
			'@type': 'Claim',
			appearance: { '@id': articleOf(quote) },
			...(source ? { author: organisation(source.publisher), datePublished: source.published } : {})
		};
		return [
			{
				'@type': 'ClaimReview',
				'@id': id(`claim-${event.id}`),
				...(page ? { url: `${page}?event=${event.id}` } : {}),
				claimReviewed: event.provenance.quotes.map((q) => q.text).join(' … ') || event.title,
				itemReviewed: claim,
				reviewRating: {
					'@type': 'Rating',
					alternateName: 'Inaccurate',
					ratingExplanation: correction.text
				},
				reviewBody: correction.text,
				citation: citedWork(correction.citation),
				author: organisation('Event Atlas'),
				inLanguage: story.language
			}
		];
	});

	const webPage: WebPage = {
		'@type': 'WebPage',
		'@id': id('page'),
		name: story.title,
		description: story.dek,
		inLanguage: story.language,
		...(page ? { url: page } : {}),
		citation: articles.map((a) => ({ '@id': a['@id'] as string })),
		about: events.map((e) => ({ '@id': e['@id'] as string }))
	};
	return {
		'@context': 'https://schema.org',
		'@graph': [webPage, ...articles, ...events, ...reviews]
	};
}

/**
 * The graph as the text of a `<script type="application/ld+json">`: `<` is escaped, so no
 * text in the data (a quote holding `</script>`) can end the element early.
 */
export function storyJsonLd(story: Story, site: string | null): string {
	return JSON.stringify(storyGraph(story, site)).replace(/</g, '\\u003c');
}
