// Mailbox: Graph's 404 MailboxNotEnabledForRESTAPI / MailboxNotSupportedForRESTAPI on any Outlook
// resource, or ResourceNotFound on a mailbox probe, means there is no usable mailbox. Graph's answer
// is the same whatever the cause, so the licences name the likeliest one: no Exchange Online plan,
// a plan that is not active, or an active plan with no cloud mailbox (kept on the organisation's
// own Exchange server, as Microsoft's message itself suggests: "…or is hosted on-premise").
import type { Check } from '../context.ts';
import { graphErrorCode } from '../exchanges.ts';
import { mailboxLicence } from './licences.ts';

/** Opens the details when the licences name a cause (the result view shows that sentence). */
export const MAILBOX_CAUSE = 'Likeliest cause:';

/** The likeliest cause for each thing the licences can say; none when Graph did not list them. */
export const mailboxCauses = {
	none: 'No licence: none of your licences includes an Exchange Online mailbox.',
	inactive:
		'Inactive: your Exchange Online plan is assigned but switched off, still being set up, or suspended.',
	active:
		"On-premises: your Exchange Online plan is active, yet Microsoft 365 holds no mailbox for you, so it is most likely kept on your organisation's own Exchange server.",
	unknown: undefined,
} as const satisfies Record<ReturnType<typeof mailboxLicence>, string | undefined>;

export const mailboxCheck: Check = (context) => {
	const hits = context.failed
		.filter((f) => f.finding === 'mailbox-unavailable')
		.map((f) => f.outcome);
	if (hits.length === 0) return [];
	const answers = hits
		.map((o) =>
			`${o.probeId ?? `${o.method} ${o.path}`}: ${o.status} ${graphErrorCode(o.body) ?? ''}`.trim(),
		)
		.join('; ');
	const cause = mailboxCauses[mailboxLicence(context)];
	return [
		{
			id: 'mailbox-unavailable',
			details: `${cause ? `${MAILBOX_CAUSE} ${cause} ` : ''}Graph answered ${answers}.`,
			probes: hits.flatMap((o) => (o.probeId ? [o.probeId] : [])),
		},
	];
};
