/** A Vite plugin: every build validates every story first and stops with all problems listed. */
import type { Plugin } from 'vite';
import { loadStories } from './load.server.ts';
import { formatError } from './validate.ts';

export function validateStoryData(options: { root?: string } = {}): Plugin {
	return {
		name: 'event-atlas:validate-story-data',
		apply: 'build',
		buildStart() {
			const { errors } = loadStories(options.root);
			if (errors.length > 0) {
				const count = `${errors.length} problem${errors.length === 1 ? '' : 's'}`;
				this.error(
					`Story data is invalid (${count}); nothing was built:\n${errors.map(formatError).join('\n')}`
				);
			}
		}
	};
}
