/**
 * The two gates an editor meets: `npm run check:data` and the build. Both must refuse a
 * broken story with every problem listed (file, path, id), and accept the real data.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStoryData } from './vite-plugin.ts';

function brokenCopy(): string {
	const root = mkdtempSync(join(tmpdir(), 'atlas-data-'));
	cpSync('data', join(root, 'data'), { recursive: true });
	const file = join(root, 'data/stories/kim-putin-summits.json');
	const story = JSON.parse(readFileSync(file, 'utf8'));
	story.events[1].date = '2023-02-30';
	story.events[3].places = ['vladivostock'];
	story.places[0].lat = 139;
	writeFileSync(file, JSON.stringify(story));
	return root;
}

function runCheck(root?: string): { code: number; output: string } {
	try {
		const out = execFileSync('npx', ['tsx', 'scripts/check-data.ts', ...(root ? [root] : [])], {
			encoding: 'utf8',
			stdio: 'pipe'
		});
		return { code: 0, output: out };
	} catch (error) {
		const e = error as { status: number; stdout: string; stderr: string };
		return { code: e.status, output: e.stdout + e.stderr };
	}
}

describe('npm run check:data', () => {
	it('passes on the shipped stories', () => {
		const { code, output } = runCheck();
		expect(code).toBe(0);
		expect(output).toContain('✓ kim-putin-summits: 15 events, 8 places');
	});

	it('fails on a broken story and prints every problem with file, path and id', () => {
		const { code, output } = runCheck(brokenCopy());
		expect(code).toBe(1);
		expect(output).toContain(
			'data/stories/kim-putin-summits.json: events[1].date, id "summit-2011"'
		);
		expect(output).toContain(
			'events[3].places[0], id "summit-2019": unknown place id "vladivostock"'
		);
		expect(output).toContain('places[0].lat, id "pyongyang"');
		expect(output).toContain('3 problems in story data');
	});
});

describe('npm run check:data on a misquote', () => {
	it('fails on a quote with one word changed and prints the nearest passage of the article', () => {
		const root = mkdtempSync(join(tmpdir(), 'atlas-data-'));
		cpSync('data', join(root, 'data'), { recursive: true });
		const file = join(root, 'data/stories/kim-putin-summits.json');
		const story = JSON.parse(readFileSync(file, 'utf8'));
		const forum = story.events.find((e: { id: string }) => e.id === 'forum-claim-2023');
		forum.provenance.quotes[0].text = forum.provenance.quotes[0].text.replace(
			'attended',
			'visited'
		);
		writeFileSync(file, JSON.stringify(story));
		const { code, output } = runCheck(root);
		expect(code).toBe(1);
		expect(output).toContain('id "forum-claim-2023": quote not found verbatim');
		expect(output).toContain(
			'nearest passage of the source: “Kim Jong-un previously attended an economic forum in Vladivostok'
		);
		expect(output).toContain('source has “attended”, quote has “visited”');
		expect(output).toContain('1 problem in story data');
	});
});

describe('the build', () => {
	const context = {
		error(message: string): never {
			throw new Error(message);
		}
	};
	const start = (root: string) => {
		const hook = validateStoryData({ root }).buildStart as unknown as (
			this: typeof context
		) => void;
		return () => hook.call(context);
	};

	it('stops on a broken story, listing all problems', () => {
		expect(start(brokenCopy())).toThrow(
			/invalid \(3 problems\); nothing was built:\n.*events\[1\]\.date/s
		);
	});

	it('goes ahead on valid data', () => {
		expect(start(process.cwd())).not.toThrow();
	});
});
