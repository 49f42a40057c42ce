// Reads what Microsoft's admin consent endpoint sent back to /teams/admin-consent/result/:
// `admin_consent=True&tenant=…&scope=…&state=…` or `error=…&error_description=…&state=…`.

export type ConsentAnswer =
	| { kind: 'none' }
	| { kind: 'granted'; tenant: string | undefined; scopes: string[]; state: string | undefined }
	| { kind: 'error'; error: string; description: string | undefined; subcode: string | undefined; state: string | undefined };

export function readConsentAnswer(search: string): ConsentAnswer {
	const params = new URLSearchParams(search);
	const state = params.get('state') ?? undefined;
	const error = params.get('error');
	if (error) {
		return { kind: 'error', error, description: params.get('error_description') ?? undefined, subcode: params.get('error_subcode') ?? undefined, state };
	}
	if ((params.get('admin_consent') ?? '').toLowerCase() === 'true') {
		const scopes = (params.get('scope') ?? '').split(/\s+/).filter(Boolean);
		return { kind: 'granted', tenant: params.get('tenant') ?? undefined, scopes, state };
	}
	return { kind: 'none' };
}
