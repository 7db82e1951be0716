/** Summary figures for the benchmarks: d3's quantile (linear interpolation), NaN when empty. */
import { quantile as d3Quantile } from 'd3';

export const quantile = (xs: number[], q: number): number => d3Quantile(xs, q) ?? NaN;
export const median = (xs: number[]): number => quantile(xs, 0.5);
