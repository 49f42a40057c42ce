// The checker page's only initial script. The button is plain HTML; pressing it (or finishing a
// redirect sign-in) mounts the Svelte island, which brings the Svelte runtime, and then MSAL,
// Graph and the engine. Hover or focus starts those downloads early; nothing runs before a press.
import { REDIRECT_MARKER } from './keys.ts';

type Start = 'check' | 'resume';

export function launch(host: HTMLElement): void {
	const button = host.querySelector<HTMLButtonElement>('[data-checker-start]');
	const status = host.querySelector<HTMLElement>('[data-checker-status]');
	let mounting: Promise<unknown> | undefined;
	const prefetch = () => {
		void import('./mount.ts').catch(() => {});
		void import('./runtime.ts').catch(() => {});
	};
	const start = (how: Start) => {
		mounting ??= import('./mount.ts')
			.then(({ mountChecker }) => mountChecker(host, how, document.activeElement === button))
			.catch(() => {
				mounting = undefined;
				if (status) status.textContent = 'The checker could not load. Check your internet connection and try again.';
			});
	};
	button?.addEventListener('pointerenter', prefetch, { once: true });
	button?.addEventListener('focus', prefetch, { once: true });
	button?.addEventListener('click', () => {
		if (status) status.textContent = 'Starting the check…';
		start('check');
	});
	if (sessionStorage.getItem(REDIRECT_MARKER) !== null) start('resume');
}
