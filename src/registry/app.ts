// The facts about the Claras app. Articles, consent links and admin commands read them from here.
import { GRAPH_APP_ID } from '../microsoft.ts';
import { CONSENT_RESULT_PATH } from '../site-paths.ts';
import type { AppInput } from './schema.ts';

export const app = {
	name: 'Claras',
	entraName: 'Claras.ai',
	applicationId: 'c85e582e-b6dc-496b-b119-c6b2ba80556e',
	graphResourceId: GRAPH_APP_ID,
	connectPath: ['your profile photo', 'My Profile', 'Integrations', 'Microsoft Teams'],
	connectButton: 'Connect',
	reconnectButton: 'Reconnect Microsoft Account',
	profileReconnectButton: 'Reconnect',
	reconnectPrompt:
		'Claras needs more Microsoft permissions for a new feature. Reconnect your Microsoft account to keep using Teams.',
	practiceManagerRole: 'Practice Manager',
	helpCentreOrigin: 'https://help.claras.ai',
	consentResultPath: CONSENT_RESULT_PATH,
	supportEmail: 'support@claras.ai',
} as const satisfies AppInput;
