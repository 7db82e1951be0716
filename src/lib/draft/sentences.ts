/**
 * An article's sentences with their offsets, so a drafted event can quote its sentence
 * verbatim and the studio can highlight it in the text. Intl.Segmenter (Node 20 and every
 * current browser) knows abbreviations and closing quotes better than a regular expression.
 */
export interface Sentence {
	text: string;
	/** Offset of the first character in the article. */
	start: number;
}

export function splitSentences(article: string, language = 'en'): Sentence[] {
	const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
	const out: Sentence[] = [];
	// Line breaks end a sentence in an article (headings, datelines, bylines) even without a stop.
	let lineStart = 0;
	for (const line of article.split('\n')) {
		for (const { segment, index } of segmenter.segment(line)) {
			const lead = segment.length - segment.trimStart().length;
			const text = segment.trim();
			if (text) out.push({ text, start: lineStart + index + lead });
		}
		lineStart += line.length + 1;
	}
	return out;
}
