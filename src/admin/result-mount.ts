// Replaces the admin consent result's placeholder with the Svelte view (loaded by result-launch.ts).
import { mount } from 'svelte';
import ConsentResultView from '../components/admin/ConsentResultView.svelte';

/** What the view says that comes from the registry: prepared at build time, in the page. */
export interface ConsentResultProps {
	appName: string;
	teamSteps: string[];
	consentRoles: string;
}

export function mountConsentResult(host: HTMLElement, props: ConsentResultProps): void {
	host.replaceChildren();
	mount(ConsentResultView, { target: host, props });
}
