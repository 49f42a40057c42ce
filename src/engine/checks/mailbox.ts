// Mailbox: Graph's 404 MailboxNotEnabledForRESTAPI / MailboxNotSupportedForRESTAPI on any Outlook
// resource, or ResourceNotFound on a mailbox probe, means there is no usable mailbox.
import type { Check } from '../context.ts';
import { graphErrorCode } from '../exchanges.ts';

export const mailboxCheck: Check = ({ failed }) => {
	const hits = failed.filter((f) => f.finding === 'mailbox-unavailable').map((f) => f.outcome);
	if (hits.length === 0) return [];
	const details = hits.map((o) => `${o.probeId ?? `${o.method} ${o.path}`}: ${o.status} ${graphErrorCode(o.body) ?? ''}`.trim()).join('; ');
	return [{ id: 'mailbox-unavailable', details: `${details}.`, probes: hits.flatMap((o) => (o.probeId ? [o.probeId] : [])) }];
};
