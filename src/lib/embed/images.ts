/**
 * Where a story's pictures are and how big (made at build time by src/lib/export/): small on
 * purpose, since the story page imports it for its social-card tags.
 */
export const IMAGE_SIZE = { width: 1200, height: 1000 } as const;
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The full-width picture of the story's default view: `<app><slug>/image.png`. */
export function imageUrl(appUrl: string, slug: string, ext: 'png' | 'svg' = 'png'): string {
	return `${appUrl}${encodeURIComponent(slug)}/image.${ext}`;
}

/** The 1200×630 social card: og:image, twitter:image and the oEmbed thumbnail. */
export function cardUrl(appUrl: string, slug: string): string {
	return `${appUrl}${encodeURIComponent(slug)}/card.png`;
}
