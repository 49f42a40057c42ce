// The consent helper's environment in the browser: this site's origin, the authority to look the
// tenant up at and send consent to (the checker's configuration decides sandbox or Entra), and
// sessionStorage for the link's state.
import type { HelperEnvironment } from './consent-helper.svelte.ts';

/** Read when a lookup starts (never during server rendering). */
export function browserEnvironment(): HelperEnvironment {
	// TODO(admin): take this from getCheckerConfig() once src/checker/config.ts lands.
	return { origin: location.origin, authorityOrigin: `${location.origin}/sandbox`, storage: sessionStorage };
}
