// State of the consent-result page: what Microsoft answered, whether the answer belongs to a link
// this browser made, and (for an error) the engine's explanation, loaded only when needed.
import { checkReturnedState } from '../admin/consent-state.ts';
import { readConsentAnswer, type ConsentAnswer } from './consent-answer.ts';

export type StateCheck = 'match' | 'mismatch' | 'unknown';

/** The engine's explanation of an authorisation error, as the page shows it. */
export interface Explanation {
	title: string;
	message: string;
	fix: string;
}

export type ExplainAuthError = (error: { error: string; error_description?: string; error_subcode?: string }) => Explanation;

export class ConsentResult {
	#answer = $state<ConsentAnswer>({ kind: 'none' });
	#stateCheck = $state<StateCheck>('unknown');
	#explanation = $state<Explanation | undefined>(undefined);
	#loadExplain: () => Promise<ExplainAuthError>;

	constructor(loadExplain: () => Promise<ExplainAuthError>) {
		this.#loadExplain = loadExplain;
	}

	get answer(): ConsentAnswer {
		return this.#answer;
	}
	get stateCheck(): StateCheck {
		return this.#stateCheck;
	}
	get explanation(): Explanation | undefined {
		return this.#explanation;
	}

	/** Reads the page's query once, checks `state` against the one the hand-off stored, explains errors. */
	async read(search: string, storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): Promise<void> {
		const answer = readConsentAnswer(search);
		this.#answer = answer;
		if (answer.kind === 'none') return;
		this.#stateCheck = checkReturnedState(storage, answer.state);
		if (answer.kind === 'error') {
			const explain = await this.#loadExplain();
			this.#explanation = explain({
				error: answer.error,
				...(answer.description ? { error_description: answer.description } : {}),
				...(answer.subcode ? { error_subcode: answer.subcode } : {}),
			});
		}
	}
}
