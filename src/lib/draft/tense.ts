/**
 * The tense of a clause, which decides which way a bare weekday or month points from the
 * publication date: "left on Sunday" is the Sunday before, "will meet on Sunday" the one after.
 * compromise tags the verbs; a few future markers it does not tag are matched here.
 */
import nlp from 'compromise';

export type Tense = 'past' | 'present' | 'future';

const FUTURE =
	/\b(will|shall|won[’']t|going to|(?:is|are) (?:due )?to|plans? to|planned for|expected to|next|upcoming|tomorrow)\b|['’]ll\b/i;

export function tenseOf(clause: string): Tense | null {
	if (FUTURE.test(clause)) return 'future';
	const doc = nlp(clause);
	if (doc.has('#PastTense') || doc.has('(has|have|had) #Verb')) return 'past';
	if (doc.has('#PresentTense')) return 'present';
	return null;
}

/** The clause around a phrase: the text between the separators (, ; and) either side of it. */
export function clauseAround(sentence: string, index: number, length: number): string {
	const separator = /[,;:–—]|\band\b|\bbut\b|\bwhile\b/g;
	let start = 0;
	let end = sentence.length;
	for (const m of sentence.matchAll(separator)) {
		if (m.index + m[0].length <= index) start = m.index + m[0].length;
		else if (m.index >= index + length) {
			end = m.index;
			break;
		}
	}
	return sentence.slice(start, end);
}

/** The tense of the clause a phrase stands in, or of its sentence when the clause has no verb. */
export function tenseAt(sentence: string, index: number, length: number): Tense {
	return tenseOf(clauseAround(sentence, index, length)) ?? tenseOf(sentence) ?? 'present';
}
