// The facts about the Claras app. Articles, consent links and admin commands read them from here.
import type { AppInput } from './schema.ts';

export const app = {
	name: 'Claras',
	entraName: 'Claras.ai',
	applicationId: 'c85e582e-b6dc-496b-b119-c6b2ba80556e',
	graphResourceId: '00000003-0000-0000-c000-000000000000',
	connectPath: ['your profile photo', 'My Profile', 'Integrations', 'Microsoft Teams'],
	connectButton: 'Connect',
	reconnectButton: 'Reconnect Microsoft Account',
	profileReconnectButton: 'Reconnect',
	reconnectPrompt:
		'Claras needs more Microsoft permissions for a new feature. Reconnect your Microsoft account to keep using Teams.',
	practiceManagerRole: 'Practice Manager',
	helpCentreOrigin: 'https://help.claras.ai',
	consentResultPath: '/teams/admin-consent/result/',
	supportEmail: 'support@claras.ai',
} as const satisfies AppInput;
