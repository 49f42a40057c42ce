// The consent helper's only initial script. The form is plain HTML; submitting it (or arriving
// with `?tenant=`, the checker's hand-off link) mounts the Svelte island, which brings the Svelte
// runtime and the lookup code. Hover or focus starts that download early; nothing runs before.
// The kit (build-time registry data) comes from a JSON block in the page, never from the registry.
import { readJsonBlock } from '../page-data.ts';
import type { AdminKit } from './admin-kit.ts';

export function launch(host: HTMLElement): void {
	const form = host.querySelector<HTMLFormElement>('form');
	const input = host.querySelector<HTMLInputElement>('input');
	const status = host.querySelector<HTMLElement>('[data-consent-helper-status]');
	// The kit is the build's own (src/components/ConsentHelper.astro); without it the form stays plain.
	const kit = readJsonBlock(host, '') as AdminKit | undefined;
	if (!form || !input || !kit) return;
	let mounting: Promise<unknown> | undefined;
	const prefetch = () => void import('./mount.ts').catch(() => {});
	const start = (lookup: string | undefined) => {
		const keepFocus = form.contains(document.activeElement);
		mounting ??= import('./mount.ts')
			.then(({ mountConsentHelper }) => mountConsentHelper(host, kit, { lookup, keepFocus }))
			.catch(() => {
				mounting = undefined;
				if (status)
					status.textContent =
						'The consent helper could not load. Check your internet connection and try again, or follow the steps below.';
			});
	};
	form.addEventListener('pointerenter', prefetch, { once: true });
	form.addEventListener('focusin', prefetch, { once: true });
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (status) status.textContent = 'Loading the consent helper…';
		start(input.value);
	});
	// The input's name is the prefill parameter (TENANT_QUERY_PARAM): the form submits it as such.
	if (new URLSearchParams(location.search).get(input.name)?.trim()) start(undefined);
}
