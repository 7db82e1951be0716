// The `edtf` package ships no types; these cover the part we use (src/lib/data/dates.ts).
declare module 'edtf' {
	interface Bitmask {
		value: number;
	}
	interface EdtfValue {
		min: number;
		max: number;
		precision?: number;
		approximate?: Bitmask;
		uncertain?: Bitmask;
		lower?: EdtfValue;
		upper?: EdtfValue;
	}
	export function parse(text: string): { type: string; level: number };
	export default function edtf(text: string): EdtfValue;
}
