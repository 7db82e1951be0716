/**
 * The studio hands its draft to the preview frame through localStorage: same origin, no
 * request, and the frame hears every change as a `storage` event.
 */
export const PREVIEW_KEY = 'event-atlas:studio:preview';

export interface PreviewDraft {
	slug: string;
	json: string;
	source: string;
}

export function readPreview(): PreviewDraft | null {
	try {
		const draft = JSON.parse(localStorage.getItem(PREVIEW_KEY) ?? 'null') as PreviewDraft | null;
		return draft && typeof draft.json === 'string' ? draft : null;
	} catch {
		return null;
	}
}
