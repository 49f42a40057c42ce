// Replaces the consent helper's plain-HTML form with the Svelte island (loaded only on demand by
// launch.ts), keeping what the admin typed and where their focus was.
import { mount } from 'svelte';
import ConsentHelperIsland from '../components/admin/ConsentHelperIsland.svelte';
import type { AdminKit } from './admin-kit.ts';

export interface MountOptions {
	/** What the admin typed in the plain form, looked up at once; undefined reads `?tenant=` instead. */
	lookup: string | undefined;
	/** Whether focus was in the plain form, so it moves to the island's input. */
	keepFocus: boolean;
}

export function mountConsentHelper(
	host: HTMLElement,
	kit: AdminKit,
	{ lookup, keepFocus }: MountOptions,
): void {
	host.replaceChildren();
	mount(ConsentHelperIsland, { target: host, props: { kit, lookup } });
	if (keepFocus) host.querySelector<HTMLInputElement>('input')?.focus();
}
