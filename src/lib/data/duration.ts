/**
 * Durations as a reader says them. A module of its own so that pages load it only where a
 * duration is shown (break labels are made when a story is loaded; the detail panel is lazy).
 */
const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * How long from one instant to another, in calendar terms a reader says aloud: "7 years
 * 8 months", "5 months", "3 days", "4 hours" (to the nearest month once it is over a month).
 */
export function formatDuration(from: number, to: number): string {
	const a = new Date(Math.min(from, to));
	const b = new Date(Math.max(from, to));
	let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
	const anchor = Date.UTC(
		a.getUTCFullYear(),
		a.getUTCMonth() + months,
		a.getUTCDate(),
		a.getUTCHours(),
		a.getUTCMinutes()
	);
	let rest = +b - anchor;
	if (rest < 0) {
		months--;
		rest =
			+b -
			Date.UTC(
				a.getUTCFullYear(),
				a.getUTCMonth() + months,
				a.getUTCDate(),
				a.getUTCHours(),
				a.getUTCMinutes()
			);
	}
	const days = rest / 86_400_000;
	if (months >= 1) {
		const total = months + (days >= 15 ? 1 : 0);
		const years = Math.floor(total / 12);
		const m = total % 12;
		if (!years) return plural(m, 'month');
		return m ? `${plural(years, 'year')} ${plural(m, 'month')}` : plural(years, 'year');
	}
	const totalDays = (+b - +a) / 86_400_000;
	if (totalDays >= 1) return plural(Math.round(totalDays), 'day');
	return plural(Math.max(1, Math.round(totalDays * 24)), 'hour');
}
