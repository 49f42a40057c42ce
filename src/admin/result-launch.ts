// The admin consent result page's only script: it mounts the Svelte view (./result-mount.ts) at
// once, with the words the page carries as JSON. A failure says so in the placeholder, never
// leaving "Reading Microsoft's answer…" as if it were still reading.
import { readJsonBlock } from '../page-data.ts';
import type { ConsentResultProps } from './consent-result.svelte.ts';

const COULD_NOT_LOAD =
	'This page could not load. Check your internet connection and reload it, or run the connection checker to see whether consent was granted.';

/** The view's words from the page's JSON block; undefined when they are missing or malformed. */
export function readProps(value: unknown): ConsentResultProps | undefined {
	const { appName, teamSteps, consentRoles } = (value ?? {}) as Record<string, unknown>;
	if (typeof appName !== 'string' || typeof consentRoles !== 'string') return undefined;
	if (!Array.isArray(teamSteps) || !teamSteps.every((step) => typeof step === 'string'))
		return undefined;
	return { appName, teamSteps, consentRoles };
}

export function launchConsentResult(host: HTMLElement): void {
	const status = host.querySelector<HTMLElement>('[data-consent-result-status]');
	const fail = () => {
		if (status) status.textContent = COULD_NOT_LOAD;
	};
	const props = readProps(readJsonBlock(host, ''));
	if (!props) return fail();
	import('./result-mount.ts')
		.then(({ mountConsentResult }) => {
			mountConsentResult(host, props);
			host.dataset['mounted'] = '';
		})
		.catch(fail);
}
