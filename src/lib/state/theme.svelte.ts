/**
 * The colour theme: the one place that decides it and the one writer of `<html data-theme>`.
 * The reader's system setting is the default; a reader's choice (the toolbar) is remembered
 * on this device; an embed's explicit `theme` option wins over both and is never saved, so a
 * choice made on the story page cannot override what the host page asked for.
 *
 * A module singleton on purpose: there is one document per browser tab. On the server it is
 * only read (every method that writes is called from the browser).
 */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const STORAGE_KEY = 'event-atlas-theme';

class Theme {
	/** What the reader sees named on the theme control. */
	choice = $state<ThemeChoice>('system');
	/** Set by an embed's `theme` option: the reader may still switch, but nothing is saved. */
	fixed = $state(false);

	/** The reader's saved choice, unless an embed has fixed the theme. */
	restore(): void {
		if (this.fixed) return;
		const saved = readSaved();
		if (saved) this.apply(saved);
	}

	/** An embed's explicit option: applied at once, and never written to storage. */
	fix(choice: 'light' | 'dark'): void {
		this.fixed = true;
		this.apply(choice);
	}

	/** The control's next choice: system → light → dark → system. */
	cycle(): void {
		const next = THEME_CHOICES[(THEME_CHOICES.indexOf(this.choice) + 1) % THEME_CHOICES.length]!;
		this.apply(next);
		if (!this.fixed) save(next);
	}

	private apply(choice: ThemeChoice): void {
		this.choice = choice;
		const root = document.documentElement;
		if (choice === 'system') delete root.dataset.theme;
		else root.dataset.theme = choice;
	}
}

function readSaved(): 'light' | 'dark' | null {
	try {
		const saved = localStorage.getItem(STORAGE_KEY);
		return saved === 'light' || saved === 'dark' ? saved : null;
	} catch {
		return null; // storage blocked (third-party iframe, private mode): follow the system
	}
}

function save(choice: ThemeChoice): void {
	try {
		if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
		else localStorage.setItem(STORAGE_KEY, choice);
	} catch {
		// Storage blocked: the choice lasts for this page only.
	}
}

export const theme = new Theme();
