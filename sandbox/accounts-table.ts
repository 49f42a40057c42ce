// The sandbox accounts as plain text, for `npm start` and `npm run sandbox` to print.
import { accounts, emailOf, tenantOf } from './scenarios.ts';

export function accountsTable(): string {
	const width = Math.max(...accounts.map((a) => emailOf(a).length));
	const lines = accounts.map(
		(a) => `  ${emailOf(a).padEnd(width)}  ${a.summary}${a.admin ? ' (admin)' : ''}`,
	);
	const tenants = [...new Set(accounts.map((a) => tenantOf(a)))].map(
		(t) => `  ${t.domain.padEnd(width)}  ${t.name}, ${t.id}`,
	);
	return [
		'Sandbox accounts (no passwords: pick one on the sign-in page):',
		...lines,
		'',
		'Sandbox tenants:',
		...tenants,
	].join('\n');
}
