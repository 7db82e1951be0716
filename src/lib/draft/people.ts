/**
 * People named in a sentence, for an event's participants. compromise tags the names; it
 * stops at hyphens ("Kim Jong-" for Kim Jong-un), so each name is read again from the text.
 */
import nlp from 'compromise';

const TITLE =
	/^(?:President|Prime Minister|Minister|Chancellor|King|Queen|Pope|General|Mr|Mrs|Ms|Dr|Sir)\.?\s+/;
const NAME = /\p{Lu}[\p{L}'’]*(?:-\p{L}+)*(?:\s+\p{Lu}[\p{L}'’]*(?:-\p{L}+)*)*/u;
const ROLE =
	/(President|Prime Minister|(?:Foreign |Defen[cs]e )?Minister|Chancellor|spokes(?:person|man|woman)|leader|professor|researcher|expert)[^.,;]{0,40}?$/i;

export interface Person {
	name: string;
	role: string;
}

export function findPeople(sentence: string): Person[] {
	const out = new Map<string, Person>();
	for (const raw of nlp(sentence).people().out('array') as string[]) {
		const at = sentence.indexOf(raw.replace(/[.,;:!?]+$/, ''));
		if (at < 0) continue;
		const m = NAME.exec(sentence.slice(at));
		if (!m || m.index !== 0) continue;
		const name = m[0].replace(TITLE, '').trim();
		if (name.split(/\s+/).length < 2 || out.has(name)) continue;
		const before = sentence.slice(Math.max(0, at - 60), at + (m[0].length - name.length));
		const role = ROLE.exec(before.trim())?.[1];
		out.set(name, {
			name,
			role: role ? role.charAt(0).toUpperCase() + role.slice(1) : 'Named in the article'
		});
	}
	return [...out.values()];
}
