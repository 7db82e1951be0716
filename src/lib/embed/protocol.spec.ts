import { describe, expect, it } from 'vitest';
import { isProtocolLike, parseEmbedMessage, parseHostMessage } from './protocol';

describe('parseHostMessage', () => {
	it.each([
		// Valid messages come back as they are.
		{ data: { type: 'event-atlas:select', id: 'summit-2019' }, ok: true },
		{ data: { type: 'event-atlas:select', id: null }, ok: true },
		{ data: { type: 'event-atlas:window', from: '2019-01-01', to: '2019-12-31' }, ok: true },
		{
			data: { type: 'event-atlas:window', from: '2023-09-12T06:00Z', to: '2023-09-13T18:30Z' },
			ok: true
		},
		{ data: { type: 'event-atlas:reset' }, ok: true },
		{ data: { type: 'event-atlas:theme', theme: 'dark' }, ok: true },
		{ data: { type: 'event-atlas:theme', theme: 'light' }, ok: true },
		{ data: { type: 'event-atlas:theme', theme: 'sepia' }, ok: false },
		{ data: { type: 'event-atlas:theme' }, ok: false },
		// Not objects, or not ours.
		{ data: null, ok: false },
		{ data: undefined, ok: false },
		{ data: 'event-atlas:reset', ok: false },
		{ data: ['event-atlas:reset'], ok: false },
		{ data: {}, ok: false },
		{ data: { type: 'event-atlas:ready', story: 'x' }, ok: false },
		{ data: { type: 'event-atlas:height', height: 100 }, ok: false },
		{ data: { type: 'select', id: 'summit-2019' }, ok: false },
		{ data: { type: 'EVENT-ATLAS:SELECT', id: 'summit-2019' }, ok: false },
		// Malformed select.
		{ data: { type: 'event-atlas:select' }, ok: false },
		{ data: { type: 'event-atlas:select', id: 42 }, ok: false },
		{ data: { type: 'event-atlas:select', id: '' }, ok: false },
		{ data: { type: 'event-atlas:select', id: 'Summit 2019' }, ok: false },
		{ data: { type: 'event-atlas:select', id: '<img src=x>' }, ok: false },
		{ data: { type: 'event-atlas:select', id: 'a'.repeat(201) }, ok: false },
		{ data: { type: 'event-atlas:select', id: 'summit-2019', extra: 1 }, ok: false },
		// Malformed window.
		{ data: { type: 'event-atlas:window', from: '2019-12-31', to: '2019-01-01' }, ok: false },
		{ data: { type: 'event-atlas:window', from: '2019-01-01', to: '2019-01-01' }, ok: false },
		{ data: { type: 'event-atlas:window', from: '2019-01-01' }, ok: false },
		{ data: { type: 'event-atlas:window', from: null, to: null }, ok: false },
		{ data: { type: 'event-atlas:window', from: '2019-13-01', to: '2019-12-31' }, ok: false },
		{ data: { type: 'event-atlas:window', from: 0, to: 1e12 }, ok: false },
		// Malformed reset.
		{ data: { type: 'event-atlas:reset', now: true }, ok: false }
	])('$data', ({ data, ok }) => {
		expect(parseHostMessage(data)).toEqual(ok ? data : null);
	});

	it('ignores objects that are not plain (class instances, dates)', () => {
		class Message {
			type = 'event-atlas:reset';
		}
		expect(parseHostMessage(new Message())).toBeNull();
		expect(parseHostMessage(Object.assign(new Date(), { type: 'event-atlas:reset' }))).toBeNull();
		expect(
			parseHostMessage(Object.assign(Object.create(null), { type: 'event-atlas:reset' }))
		).toEqual({
			type: 'event-atlas:reset'
		});
	});
});

describe('parseEmbedMessage', () => {
	it.each([
		{ data: { type: 'event-atlas:ready', story: 'kim-putin-summits' }, ok: true },
		{ data: { type: 'event-atlas:select', id: 'summit-2019' }, ok: true },
		{ data: { type: 'event-atlas:select', id: null }, ok: true },
		{ data: { type: 'event-atlas:window', from: null, to: null }, ok: true },
		{ data: { type: 'event-atlas:window', from: '2019-01-01', to: '2019-12-31' }, ok: true },
		{ data: { type: 'event-atlas:height', height: 812 }, ok: true },
		{ data: { type: 'event-atlas:ready' }, ok: false },
		{ data: { type: 'event-atlas:window', from: '2019-01-01', to: null }, ok: false },
		{ data: { type: 'event-atlas:height', height: -1 }, ok: false },
		{ data: { type: 'event-atlas:height', height: Infinity }, ok: false },
		{ data: { type: 'event-atlas:height', height: '812px' }, ok: false },
		{ data: { type: 'event-atlas:reset' }, ok: false }
	])('$data', ({ data, ok }) => {
		expect(parseEmbedMessage(data)).toEqual(ok ? data : null);
	});
});

describe('isProtocolLike', () => {
	it.each([
		{ data: { type: 'event-atlas:select', id: 42 }, expected: true },
		{ data: { type: 'event-atlas:whatever' }, expected: true },
		{ data: { type: 'webpackOk' }, expected: false },
		{ data: 'event-atlas:select', expected: false },
		{ data: null, expected: false }
	])('$data', ({ data, expected }) => {
		expect(isProtocolLike(data)).toBe(expected);
	});
});
