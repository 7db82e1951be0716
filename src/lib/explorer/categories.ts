/** Category labels and marker shapes (d3 symbols), shared by the timeline, map and list. */
import {
	symbol,
	symbolCircle,
	symbolDiamond,
	symbolSquare,
	symbolStar,
	symbolTriangle,
	symbolWye
} from 'd3';
import type { Category } from '$lib/data/schema';

const shape = (type: Parameters<typeof symbol>[0], size = 60) => symbol(type, size)() ?? '';

export const CATEGORY_LABEL: Record<Category, { label: string; symbol: string }> = {
	summit: { label: 'Summit', symbol: shape(symbolStar, 50) },
	travel: { label: 'Travel', symbol: shape(symbolTriangle, 40) },
	visit: { label: 'Visit', symbol: shape(symbolSquare, 40) },
	forum: { label: 'Forum', symbol: shape(symbolDiamond, 40) },
	legal: { label: 'Legal', symbol: shape(symbolWye, 40) },
	statement: { label: 'Statement', symbol: shape(symbolCircle, 40) }
};
