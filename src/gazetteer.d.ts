// The studio's gazetteer table, made at build time by scripts/draft/gazetteer.ts.
declare module 'virtual:gazetteer' {
	const table: string;
	export default table;
}
