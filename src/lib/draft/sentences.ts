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

const ABBREVIATION =
	/(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Prof|Sen|Rep|Gov|Jr|Sr|No|vs|U\.S|U\.K)\.$/u;

export function splitSentences(article: string, language = 'en'): Sentence[] {
	const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
	const out: Sentence[] = [];
	// Line breaks end a sentence in an article (headings, datelines, bylines) even without a stop.
	let lineStart = 0;
	for (const line of article.split('\n')) {
		let open: Sentence | null = null;
		for (const { segment, index } of segmenter.segment(line)) {
			const lead = segment.length - segment.trimStart().length;
			const text = segment.trim();
			if (!text) continue;
			const start = lineStart + index + lead;
			// "George H. W. Bush", "Mr. Kim": the segmenter ends a sentence after an initial or a
			// title; join the pieces again, as the article's own text.
			if (open && ABBREVIATION.test(open.text))
				open.text = article.slice(open.start, start + text.length);
			else {
				open = { text, start };
				out.push(open);
			}
		}
		lineStart += line.length + 1;
	}
	return out;
}
