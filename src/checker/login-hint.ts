// The account the Claras app may name when it links to the checker (`?login_hint=adviser@…`), so
// the sign-in, and the silent retry after a cancel, target that account. Anything that is not an
// address is ignored: the sign-in then simply asks which account to use.
const ADDRESS = /^[^\s@<>"]{1,64}@[^\s@<>"]{1,190}$/;

export function loginHintFrom(search: string): string | undefined {
	const hint = new URLSearchParams(search).get('login_hint')?.trim();
	return hint && ADDRESS.test(hint) ? hint : undefined;
}
