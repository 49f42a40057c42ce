// The shapes of the registry: what authors write (z.input) and what the rest of the code reads
// (z.output). Cross-references (a permission's features, its release) are checked in registry.ts.
import { z } from 'zod';

const guid = z
	.string()
	.regex(
		/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
		'must be a lower-case GUID such as "e1fe6dd8-ba31-4d61-89e7-88639da4683d"',
	);

const slug = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id such as "scheduled-meetings"');

/** The facts about the Claras app that articles, links and commands are built from. */
export const appSchema = z.strictObject({
	/** The product name as users see it. @example 'Claras' */
	name: z.string().min(1),
	/** The name the app has in Microsoft Entra (Enterprise applications). @example 'Claras.ai' */
	entraName: z.string().min(1),
	/** The multi-tenant application (client) id of the Claras app registration. */
	applicationId: guid,
	/** The Graph resource the permissions belong to (Microsoft Graph's application id). */
	graphResourceId: guid,
	/** Where the Connect button lives in Claras, as steps the user clicks in order. */
	connectPath: z.array(z.string().min(1)).min(1).readonly(),
	/** The button that starts the connection flow. @example 'Connect' */
	connectButton: z.string().min(1),
	/** The button in the reconnect message that restarts the flow when new permissions ship. */
	reconnectButton: z.string().min(1),
	/** The button on the profile page, beside an integration already connected, that reconnects it. @example 'Reconnect' */
	profileReconnectButton: z.string().min(1),
	/** The message Claras shows when it needs more permissions. */
	reconnectPrompt: z.string().min(1),
	/** The Claras role that lets an invited IT admin connect and consent for the organisation. */
	practiceManagerRole: z.string().min(1),
	/** The public origin of the help centre, used in links that leave it (consent return address). */
	helpCentreOrigin: z.url({ protocol: /^https$/ }),
	/** The help centre path that admin consent returns to. @example '/teams/admin-consent/result/' */
	consentResultPath: z
		.string()
		.regex(/^\/.*\/$/, 'must be a site path that starts and ends with "/"'),
	/** Support contact shown when nothing else helps. */
	supportEmail: z.email(),
});

/** One delegated Microsoft Graph permission Claras asks for. */
export const permissionSchema = z.strictObject({
	/**
	 * The claim value as it appears in a token's `scp` and in a `scope` parameter.
	 * @example 'Mail.Read'
	 */
	claim: z
		.string()
		.regex(/^[A-Za-z_]+(\.[A-Za-z]+)*$/, 'must be a Graph scope claim value such as "Mail.Read"'),
	/** The delegated permission id in Microsoft Graph (`oauth2PermissionScopes[].id`). */
	id: guid,
	/** The wording on Microsoft's consent screen. @example 'Read user calendars' */
	consentText: z.string().min(1),
	/** Why Claras needs it, in one plain sentence for advisers and their IT admin. */
	reason: z.string().min(10, 'must be a full sentence (at least 10 characters)'),
	/** Whether only an administrator can consent to it (Microsoft's "Admin consent required"). */
	adminConsentRequired: z.boolean(),
	/**
	 * Whether the permission shows in an access token's `scp`. `offline_access` never does: its grant
	 * shows as a refresh token instead.
	 */
	inAccessToken: z.boolean().default(true),
	/** The features it powers (ids from the features list). */
	features: z.array(slug).min(1, 'must name at least one feature it powers').readonly(),
	/** The release that first asked for it (an id from the releases list). */
	addedIn: z.string().min(1),
});

/** A Graph request the checker makes to prove a feature works for this user. */
export const probeSchema = z.strictObject({
	/**
	 * A short id, unique across the registry; a probe shared by several features is the same entry
	 * (same id and path) in each. @example 'calendar-view'
	 */
	id: slug,
	/**
	 * The Graph v1.0 path relative to the version root. Placeholders: `{start}` and `{end}` become an
	 * ISO window around now (stage 1); `{joinWebUrl}` the join URL of the most recent past Teams
	 * meeting the user organised, from the `calendar-view` answer (stage 2); `{meetingId}` that
	 * meeting's online meeting id, from the `online-meeting` answer (stage 3).
	 * @example '/me/calendarView?startDateTime={start}&endDateTime={end}&$top=1&$select=id'
	 */
	path: z.string().startsWith('/', 'must be a Graph path relative to /v1.0, starting with "/"'),
	/** What a success proves, in plain words. */
	proves: z.string().min(1),
	/**
	 * The `$batch` round trip it goes in: 1 needs nothing; 2 and 3 need an answer of the stage before
	 * (named by `after`) and are sent only when that answer gives something to ask about.
	 */
	stage: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
	/** The probe (of the stage before) whose answer fills this probe's placeholders. */
	after: slug.optional(),
	/** Talks to the user's Exchange Online mailbox (Outlook's limit: at most 4 such requests per batch). */
	outlook: z.boolean().default(false),
});

/** Something Claras does for the adviser, and what it needs to work. */
export const featureSchema = z.strictObject({
	/** @example 'scheduled-meetings' */
	id: slug,
	/** @example 'Scheduled meetings' */
	name: z.string().min(1),
	/** What the adviser gets, in one sentence. */
	description: z.string().min(1),
	/** Needs an Exchange Online mailbox (calendar data). */
	needsMailbox: z.boolean(),
	/** Needs an active Microsoft Teams service plan. */
	needsTeams: z.boolean(),
	/** Graph requests that prove it works; may be empty when no request can be made without data. */
	probes: z.array(probeSchema).readonly().default([]),
});

/** A Claras release that changed the permissions. */
export const releaseSchema = z.strictObject({
	/** @example '2025.2' */
	id: z.string().min(1),
	/** ISO date it shipped. @example '2025-06-01' */
	date: z.iso.date(),
	/** What it brought, for the changelog on the reconnect page. */
	summary: z.string().min(1),
});

export const registrySchema = z.strictObject({
	app: appSchema,
	releases: z.array(releaseSchema).min(1).readonly(),
	/** Graph requests the checker always makes, before any feature's probes. */
	baseProbes: z.array(probeSchema).readonly(),
	features: z.array(featureSchema).min(1).readonly(),
	permissions: z.array(permissionSchema).min(1).readonly(),
});

export type AppInput = z.input<typeof appSchema>;
export type App = z.output<typeof appSchema>;
export type PermissionInput = z.input<typeof permissionSchema>;
export type Permission = z.output<typeof permissionSchema>;
export type FeatureInput = z.input<typeof featureSchema>;
export type Feature = z.output<typeof featureSchema>;
export type Probe = z.output<typeof probeSchema>;
export type ReleaseInput = z.input<typeof releaseSchema>;
export type Release = z.output<typeof releaseSchema>;
export type RegistryInput = z.input<typeof registrySchema>;
export type Registry = z.output<typeof registrySchema>;
