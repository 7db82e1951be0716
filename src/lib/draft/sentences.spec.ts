import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

describe('splitSentences', () => {
	it.each([
		{ text: 'One. Two!', expected: ['One.', 'Two!'] },
		{ text: 'Title line\nBody text. More.', expected: ['Title line', 'Body text.', 'More.'] },
		{
			text: 'George H. W. Bush met Gorbachev. They talked.',
			expected: ['George H. W. Bush met Gorbachev.', 'They talked.']
		},
		{
			text: 'Mr. Kim left on Sunday. Dr. Lee stayed.',
			expected: ['Mr. Kim left on Sunday.', 'Dr. Lee stayed.']
		},
		{
			text: '“We will go,” he said. Then he went.',
			expected: ['“We will go,” he said.', 'Then he went.']
		}
	])('$text', ({ text, expected }) => {
		const sentences = splitSentences(text);
		expect(sentences.map((s) => s.text)).toEqual(expected);
		for (const s of sentences) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
	});
});
