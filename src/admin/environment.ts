// The consent helper's environment in the browser: this site's origin, the authority to look the
// tenant up at and send consent to (from the checker's configuration, carried in the kit), and
// sessionStorage for the link's state.
import { consentAuthorityOrigin, type AdminKit } from './admin-kit.ts';
import type { HelperEnvironment } from './prepare-consent.ts';

/** Read when a lookup starts (never during server rendering). */
export function browserEnvironment(kit: Pick<AdminKit, 'consent'>): HelperEnvironment {
	return {
		origin: location.origin,
		authorityOrigin: consentAuthorityOrigin(kit, location.origin),
		storage: sessionStorage,
	};
}
