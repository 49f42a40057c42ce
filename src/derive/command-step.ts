// A generated admin command: what it does, in one line, and the text to paste.

/** One step of a generated script. */
export interface CommandStep {
	/** What the step does, in plain words (also the script comment). */
	explain: string;
	/** The command text, possibly several lines. */
	code: string;
}

/** Joins steps into one script, each preceded by its explanation as a `#` comment. */
export function toScript(steps: readonly CommandStep[]): string {
	return steps.map((step) => `# ${step.explain}\n${step.code}`).join('\n\n');
}

/** The space-separated scope list a delegated grant records (bare claim values). */
export function grantScope(permissions: readonly { claim: string }[]): string {
	return permissions.map((permission) => permission.claim).join(' ');
}
