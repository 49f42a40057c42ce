// Mailbox: Graph's 404 MailboxNotEnabledForRESTAPI / MailboxNotSupportedForRESTAPI on any Outlook
// resource (mailbox settings, calendar, events, mail folders) means there is no usable mailbox.
import type { Check } from '../context.ts';
import { failureKind, graphErrorCode } from '../exchanges.ts';

export const mailboxCheck: Check = ({ outcomes, signedInAtWork }) => {
	if (!signedInAtWork) return [];
	const failed = outcomes.filter((o) => failureKind(o) === 'mailbox-unavailable');
	if (failed.length === 0) return [];
	return [{ id: 'mailbox-unavailable', details: failed.map((o) => `${o.method} ${o.path}: 404 ${graphErrorCode(o.body)}`).join('; ') + '.' }];
};
