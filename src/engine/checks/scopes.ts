// Scopes: every required permission must be in the token (offline_access: a refresh token). Graph
// answering 401, or 403 while the token lacks a permission the request needs, also means the
// connection must be renewed; a 403 for any other reason is read elsewhere (refusals.ts).
import type { Check, FindingDraft } from '../context.ts';

export const scopesCheck: Check = ({ scopes, failed, signedInAtWork }) => {
	if (!signedInAtWork) return [];
	const drafts: FindingDraft[] = [];
	const adminOnly = scopes.missing.filter((p) => p.adminConsentRequired);
	if (adminOnly.length > 0) {
		drafts.push({
			id: 'admin-approval-required',
			details: `Only an administrator can grant: ${adminOnly.map((p) => p.claim).join(', ')}.`,
		});
	}
	const refused = failed.filter((f) => f.finding === 'reconnect-required').map((f) => f.outcome);
	if (scopes.missing.length > 0 || refused.length > 0) {
		const missing =
			scopes.missing.length > 0
				? `Missing permissions: ${scopes.missing.map((p) => p.claim).join(', ')}.`
				: '';
		const denied =
			refused.length > 0
				? `Graph refused: ${refused.map((o) => `${o.probeId ?? o.path} (${o.status})`).join(', ')}.`
				: '';
		drafts.push({
			id: 'reconnect-required',
			details: [missing, denied].filter(Boolean).join(' '),
			probes: refused.flatMap((o) => (o.probeId ? [o.probeId] : [])),
		});
	}
	return drafts;
};
