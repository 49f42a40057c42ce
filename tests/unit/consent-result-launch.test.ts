// The admin consent result's launcher reads the view's words from the page's JSON block
// (src/admin/result-launch.ts): anything but the three words the view needs is refused, so a
// broken block says the page could not load instead of mounting a view with holes in it.
import { describe, expect, it } from 'vitest';
import { readProps } from '../../src/admin/result-launch.ts';

describe('readProps', () => {
	const good = { appName: 'Claras', teamSteps: ['Reconnect.', 'Sign in.'], consentRoles: 'a or b' };

	it('reads the words the view needs', () => {
		expect(readProps(JSON.stringify(good))).toEqual(good);
		expect(readProps(JSON.stringify({ ...good, extra: 1 }))).toEqual(good);
	});

	it.each([
		['no block', undefined],
		['an empty block', ''],
		['text that is not JSON', '{'],
		['null', 'null'],
		['a list', '[]'],
		['a missing name', JSON.stringify({ ...good, appName: undefined })],
		['steps that are not a list', JSON.stringify({ ...good, teamSteps: 'Reconnect.' })],
		['a step that is not text', JSON.stringify({ ...good, teamSteps: ['Reconnect.', 2] })],
		['roles that are not text', JSON.stringify({ ...good, consentRoles: ['a'] })],
	])('refuses %s', (_, text) => {
		expect(readProps(text)).toBeUndefined();
	});
});
