// The admin consent result's launcher reads the view's words from the page's JSON block
// (src/admin/result-launch.ts): anything but the three words the view needs is refused, so a
// broken block says the page could not load instead of mounting a view with holes in it.
import { describe, expect, it } from 'vitest';
import { readProps } from '../../src/admin/result-launch.ts';

describe('readProps', () => {
	const good = { appName: 'Claras', teamSteps: ['Reconnect.', 'Sign in.'], consentRoles: 'a or b' };

	it('reads the words the view needs', () => {
		expect(readProps(good)).toEqual(good);
		expect(readProps({ ...good, extra: 1 })).toEqual(good);
	});

	it.each([
		['no block (or one that did not parse)', undefined],
		['null', null],
		['a list', []],
		['a missing name', { ...good, appName: undefined }],
		['steps that are not a list', { ...good, teamSteps: 'Reconnect.' }],
		['a step that is not text', { ...good, teamSteps: ['Reconnect.', 2] }],
		['roles that are not text', { ...good, consentRoles: ['a'] }],
	])('refuses %s', (_, value) => {
		expect(readProps(value)).toBeUndefined();
	});
});
