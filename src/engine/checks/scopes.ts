// Scopes: every required permission must be in the token (offline_access: a refresh token).
// Graph refusing a request (401/403) also means the connection must be renewed.
import type { Check, FindingDraft } from '../context.ts';
import { failureKind } from '../exchanges.ts';

export const scopesCheck: Check = ({ scopes, outcomes, signedInAtWork }) => {
	if (!signedInAtWork) return [];
	const drafts: FindingDraft[] = [];
	const adminOnly = scopes.missing.filter((p) => p.adminConsentRequired);
	if (adminOnly.length > 0) {
		drafts.push({ id: 'admin-approval-required', details: `Only an administrator can grant: ${adminOnly.map((p) => p.claim).join(', ')}.` });
	}
	const refused = outcomes.filter((o) => failureKind(o) === 'reconnect-required');
	if (scopes.missing.length > 0 || refused.length > 0) {
		const missing = scopes.missing.length > 0 ? `Missing permissions: ${scopes.missing.map((p) => p.claim).join(', ')}.` : '';
		const denied = refused.length > 0 ? `Graph refused: ${refused.map((o) => `${o.method} ${o.path} (${o.status})`).join(', ')}.` : '';
		drafts.push({ id: 'reconnect-required', details: [missing, denied].filter(Boolean).join(' ') });
	}
	return drafts;
};
