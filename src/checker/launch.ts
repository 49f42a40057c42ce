// The checker page's only initial script. The button is plain HTML; pressing it (or finishing a
// redirect sign-in) mounts the Svelte island, which brings the Svelte runtime, and then MSAL,
// Graph and the engine. Once the page is idle, those are fetched in the background and MSAL is
// initialised, so a press finds them ready; nothing signs in, and nothing is sent, before a press.
//
// Why fetch early rather than open the window in the click and hand it over: MSAL v5
// already opens its window synchronously inside acquireTokenPopup (system.navigatePopups, true by
// default: PopupClient.acquireToken opens "about:blank" before any await), but PopupRequest has no
// option to pass in a window we opened ourselves (only popupWindowParent and popupWindowAttributes;
// `popupParams.popup` is internal). So the popup is allowed only while the press's user activation
// lasts, and on a slow link a press that first downloads MSAL outlives it: the browser blocks the
// window and the adapter falls back to a full-page redirect. With the code already here, the press
// reaches acquireTokenPopup within milliseconds.
import { REDIRECT_MARKER } from './keys.ts';

type Start = 'check' | 'resume';

/** After the load event, when the browser is idle (or soon, where there is no requestIdleCallback). */
function whenIdle(run: () => void): void {
	const idle = () =>
		typeof requestIdleCallback === 'function'
			? requestIdleCallback(run, { timeout: 2000 })
			: setTimeout(run, 200);
	if (document.readyState === 'complete') idle();
	else addEventListener('load', idle, { once: true });
}

export function launch(host: HTMLElement): void {
	const button = host.querySelector<HTMLButtonElement>('[data-checker-start]');
	const status = host.querySelector<HTMLElement>('[data-checker-status]');
	let mounting: Promise<unknown> | undefined;
	let fetched: Promise<unknown> | undefined;
	let ready = false;
	/** Fetches the island and the runtime, and makes the runtime (MSAL initialised, nobody signed in). */
	const fetchCode = () =>
		(fetched ??= Promise.all([
			import('./mount.ts'),
			import('./runtime.ts').then(({ createRuntime }) => createRuntime()),
		]).then(
			() => {
				ready = true;
				host.dataset['checkerReady'] = '';
			},
			(error: unknown) => {
				fetched = undefined; // a later press or hover tries again
				throw error;
			},
		));
	const prefetch = () => void fetchCode().catch(() => {});
	// A check mounts the island once all of the code is here, so this status line stays until then.
	// A resumed redirect mounts it at once: the island must see the redirect marker before the
	// runtime (MSAL's handleRedirectPromise) consumes it.
	const start = (how: Start) => {
		mounting ??= (how === 'check' ? fetchCode() : Promise.resolve())
			.then(() => import('./mount.ts'))
			.then(({ mountChecker }) => mountChecker(host, how, document.activeElement === button))
			.catch(() => {
				mounting = undefined;
				if (status)
					status.textContent =
						'The checker could not load. Check your internet connection and try again.';
			});
	};
	button?.addEventListener('pointerenter', prefetch, { once: true });
	button?.addEventListener('focus', prefetch, { once: true });
	button?.addEventListener('click', () => {
		if (status) {
			// Pressed before the code arrived: by then the browser may block the sign-in window.
			status.textContent = ready
				? 'Starting the check…'
				: 'Loading the checker… On a slow connection, Microsoft sign-in may open in this tab instead of a new window.';
		}
		start('check');
	});
	if (sessionStorage.getItem(REDIRECT_MARKER) !== null) start('resume');
	else whenIdle(prefetch);
}
