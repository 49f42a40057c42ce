// Replaces the checker's plain-HTML button with the Svelte island, started as the user asked.
import { mount } from 'svelte';
import ConnectionChecker from '../components/checker/ConnectionChecker.svelte';

export function mountChecker(
	host: HTMLElement,
	start: 'check' | 'resume',
	keepFocus: boolean,
): void {
	host.replaceChildren();
	mount(ConnectionChecker, { target: host, props: { start } });
	if (keepFocus) host.querySelector<HTMLButtonElement>('button')?.focus();
}
