// For the tests of the plugins made with clientBuildPlugin (src/integrations/vite-plugin.ts).
import { expect } from 'vitest';

/** What Vite reads to decide where a plugin runs. */
export interface ClientBuildPlugin {
	apply: unknown;
	applyToEnvironment: (environment: { config: { consumer: string } }) => unknown;
}

/** The plugin runs in builds, for the browser's code only: never in the server build, never in dev. */
export function expectClientBuildOnly(plugin: ClientBuildPlugin): void {
	expect(plugin.apply).toBe('build');
	expect(plugin.applyToEnvironment({ config: { consumer: 'client' } })).toBe(true);
	expect(plugin.applyToEnvironment({ config: { consumer: 'server' } })).toBe(false);
}
