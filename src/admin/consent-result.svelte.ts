// State of the consent-result page: what the link says Microsoft answered, whether the answer
// belongs to a link this browser made, and what the page may conclude (consent-answer.ts).
import { checkReturnedState, type StateStorage } from './consent-state.ts';
import {
	readConsentAnswer,
	readConsentOutcome,
	type ConsentOutcome,
	type StateCheck,
} from './consent-answer.ts';

export type { StateCheck } from './consent-answer.ts';

/** What the page says that comes from the registry: prepared at build time, in the page. */
export interface ConsentResultProps {
	appName: string;
	teamSteps: string[];
	consentRoles: string;
}

export class ConsentResult {
	#outcome = $state<ConsentOutcome>({ kind: 'none' });
	#stateCheck = $state<StateCheck>('unknown');
	#read = $state(false);

	get outcome(): ConsentOutcome {
		return this.#outcome;
	}
	get stateCheck(): StateCheck {
		return this.#stateCheck;
	}
	/** False until the page's address has been read (the heading waits for it). */
	get ready(): boolean {
		return this.#read;
	}

	/** Reads the page's query once and checks `state` against the one this browser stored. */
	read(search: string, storage: StateStorage): void {
		const answer = readConsentAnswer(search);
		// Only an approval is checked: a match consumes the stored state, and a declined or cancelled
		// admin should be able to open the same link again and have its approval recognised.
		this.#stateCheck =
			answer.kind === 'granted' ? checkReturnedState(storage, answer.state) : 'unknown';
		this.#outcome = readConsentOutcome(answer, this.#stateCheck);
		this.#read = true;
	}
}
