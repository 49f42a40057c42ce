// Replaces the admin consent result's placeholder with the Svelte view (loaded by result-launch.ts).
import { mount } from 'svelte';
import ConsentResultView from '../components/admin/ConsentResultView.svelte';
import type { ConsentResultProps } from './consent-result.svelte.ts';

export function mountConsentResult(host: HTMLElement, props: ConsentResultProps): void {
	host.replaceChildren();
	mount(ConsentResultView, { target: host, props });
}
