// Reading the build's JSON data blocks back in the page (src/page-data.ts).
import { describe, expect, it } from 'vitest';
import { readJsonBlock } from '../../src/page-data.ts';
import { pageWithJsonBlock } from './fake-page.ts';

const pageWith = (text: string | undefined, attribute = '[data-x]') =>
	pageWithJsonBlock(text, attribute);

describe('readJsonBlock', () => {
	it('reads the JSON of the block the selector names', () => {
		expect(readJsonBlock(pageWith('{"a":[1,"<"]}'), '[data-x]')).toEqual({ a: [1, '<'] });
		expect(readJsonBlock(pageWith('[]', ''), '')).toEqual([]);
	});

	it.each([
		['no such block', undefined],
		['an empty block', ''],
		['text that is not JSON', '{"a":'],
	])('reads %s as undefined, never throwing', (_, text) => {
		expect(readJsonBlock(pageWith(text), '[data-x]')).toBeUndefined();
	});

	it('never reads a block of another kind', () => {
		expect(readJsonBlock(pageWith('{}', '[data-y]'), '[data-x]')).toBeUndefined();
	});
});
