import { describe, expect, it } from 'vitest';
import { Checker, transitions, type StateName } from '../../src/checker/checker.svelte.ts';
import type { CheckResult, CheckerRuntime, SignInResult } from '../../src/checker/runtime-port.ts';

const success: SignInResult = {
	signIn: { outcome: 'success', idTokenClaims: { tid: 't' }, scopes: ['User.Read'] },
};
const declined: SignInResult = {
	signIn: { outcome: 'error', error: { errorCode: 'access_denied', errorNo: '65004' } },
};

/** A runtime whose sign-in answers from a list and whose probe records one exchange. */
function fakeRuntime(
	outcomes: SignInResult[],
	options: {
		probeFails?: boolean;
		redirectResult?: SignInResult;
		hang?: 'signIn' | 'probe';
		microsoft?: boolean;
	} = {},
) {
	const calls: string[] = [];
	let release: (() => void) | undefined;
	const hang = (where: 'signIn' | 'probe') =>
		options.hang === where
			? new Promise<void>((resolve) => (release = resolve))
			: Promise.resolve();
	const runtime: CheckerRuntime = {
		redirectResult: options.redirectResult ?? null,
		async signIn(signInOptions) {
			calls.push(
				signInOptions?.reconnect
					? `signIn:reconnect:${signInOptions.missingScopes?.join(',')}`
					: `signIn${signInOptions?.loginHint ? `:${signInOptions.loginHint}` : ''}`,
			);
			signInOptions?.onWindowOpened?.();
			await hang('signIn');
			return outcomes.shift() ?? success;
		},
		async probe(recorder, onWait) {
			calls.push('probe');
			await hang('probe');
			if (options.probeFails) throw new Error('Graph client exploded');
			onWait(2000);
			recorder.exchange({
				method: 'POST',
				url: 'https://graph.microsoft.com/v1.0/$batch',
				status: 200,
				headers: {},
				body: {},
			});
		},
		present(trace, showUsername) {
			// As the real present does (exportTrace, diagnose): a Svelte proxy here would throw DataCloneError.
			structuredClone(trace);
			calls.push(`present:${trace.signIn.outcome}:${trace.graph.length}:${showUsername}`);
			return {
				trace,
				verdictText: 'Ready',
				report: { missingScopes: ['Chat.Read'] },
			} as unknown as CheckResult;
		},
		cancel() {
			calls.push('cancel');
			release?.();
		},
		async signOut() {
			calls.push('signOut');
			return { microsoft: options.microsoft ?? true };
		},
	};
	return { runtime, calls };
}

function checkerWith(runtime: CheckerRuntime) {
	const seen: StateName[] = [];
	let loads = 0;
	const checker = new Checker(
		async () => {
			loads++;
			return runtime;
		},
		() => new Date('2026-11-26T10:00:00Z'),
	);
	return { checker, seen, loads: () => loads };
}

describe('Checker', () => {
	it('starts idle, loading nothing', () => {
		const { checker, loads } = checkerWith(fakeRuntime([]).runtime);
		expect(checker.state.name).toBe('idle');
		expect(checker.announcement).toBe('');
		expect(loads()).toBe(0);
	});

	it('goes idle → signing-in → probing → diagnosed on a successful sign-in', async () => {
		const { runtime, calls } = fakeRuntime([success]);
		const { checker } = checkerWith(runtime);
		const running = checker.check();
		expect(checker.state.name).toBe('signing-in');
		expect(checker.busy).toBe(true);
		await running;
		expect(checker.state.name).toBe('diagnosed');
		expect(calls).toEqual(['signIn', 'probe', 'present:success:1:false']);
		expect(checker.announcement).toBe('Check finished. Ready.');
	});

	it('diagnoses a failed sign-in without probing Graph', async () => {
		const { runtime, calls } = fakeRuntime([declined]);
		const { checker } = checkerWith(runtime);
		await checker.check();
		expect(checker.state.name).toBe('diagnosed');
		expect(calls).toEqual(['signIn', 'present:error:0:false']);
	});

	it('fails (not diagnosed) when the checker itself breaks', async () => {
		const { runtime } = fakeRuntime([success], { probeFails: true });
		const { checker } = checkerWith(runtime);
		await checker.check();
		expect(checker.state).toEqual({ name: 'failed', message: 'Graph client exploded' });
	});

	it('fails when the runtime cannot load, and loads again on the next try', async () => {
		let attempts = 0;
		const { runtime } = fakeRuntime([success]);
		const checker = new Checker(async () => {
			if (attempts++ === 0) throw new Error('chunk failed to load');
			return runtime;
		});
		await checker.check();
		expect(checker.state.name).toBe('failed');
		await checker.check();
		expect(checker.state.name).toBe('diagnosed');
	});

	it('stays signing-in while the page leaves for a redirect sign-in', async () => {
		const { runtime } = fakeRuntime([{ ...declined, redirecting: true }]);
		const { checker } = checkerWith(runtime);
		await checker.check();
		expect(checker.state.name).toBe('signing-in');
	});

	it('ignores a second press while a check runs', async () => {
		const { runtime, calls } = fakeRuntime([success]);
		const { checker } = checkerWith(runtime);
		const first = checker.check();
		await checker.check();
		await first;
		expect(calls.filter((call) => call === 'signIn')).toHaveLength(1);
	});

	it('reconnects for the missing permissions the diagnosis found, then checks again', async () => {
		const { runtime, calls } = fakeRuntime([success, success]);
		const { checker } = checkerWith(runtime);
		await checker.check();
		await checker.reconnect();
		expect(calls).toContain('signIn:reconnect:Chat.Read');
		expect(checker.state.name).toBe('diagnosed');
	});

	it('re-presents the result when the username is shown, and signs out to idle', async () => {
		const { runtime, calls } = fakeRuntime([success]);
		const { checker } = checkerWith(runtime);
		await checker.check();
		await checker.setShowUsername(true);
		expect(calls.at(-1)).toBe('present:success:1:true');
		await checker.setShowUsername(false);
		expect(calls.at(-1)).toBe('present:success:1:false');
		expect(checker.state.name).toBe('diagnosed');
		await checker.signOut();
		expect(checker.state.name).toBe('idle');
		expect(checker.showUsername).toBe(false);
		expect(calls.at(-1)).toBe('signOut');
	});

	it('finishes a redirect sign-in on load only when one was started', async () => {
		const storage = new Map<string, string>();
		globalThis.sessionStorage = {
			getItem: (key: string) => storage.get(key) ?? null,
			setItem: (key: string, value: string) => void storage.set(key, value),
			removeItem: (key: string) => void storage.delete(key),
		} as Storage;
		const { runtime, calls } = fakeRuntime([], { redirectResult: success });
		const { checker, loads } = checkerWith(runtime);
		await checker.resume();
		expect(loads()).toBe(0);
		storage.set('claras.checker.redirect', 'check');
		await checker.resume();
		expect(calls).toEqual(['probe', 'present:success:1:false']);
	});
});

describe('Cancel', () => {
	const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
	it.each<['signIn' | 'probe', string]>([
		['signIn', 'signing-in'],
		['probe', 'probing'],
	])(
		'while %s waits, ends the attempt at once as sign-in-cancelled, and the late answer is ignored',
		async (where, stateName) => {
			const { runtime, calls } = fakeRuntime([success], { hang: where });
			const { checker } = checkerWith(runtime);
			const running = checker.check();
			await tick();
			expect(checker.state.name).toBe(stateName);
			checker.cancel();
			expect(checker.state.name).toBe('diagnosed');
			const shown =
				checker.state.name === 'diagnosed' ? checker.state.result.trace.signIn : undefined;
			expect(shown).toMatchObject({ outcome: 'error', error: { errorCode: 'user_cancelled' } });
			await running;
			expect(checker.state.name).toBe('diagnosed');
			expect(calls.filter((call) => call.startsWith('present'))).toEqual(['present:error:0:false']);
		},
	);

	it('before the runtime has loaded, returns to the start', async () => {
		const checker = new Checker(() => new Promise<CheckerRuntime>(() => {}));
		void checker.check();
		checker.cancel();
		expect(checker.state.name).toBe('idle');
	});

	it('does nothing when no check runs', () => {
		const { checker } = checkerWith(fakeRuntime([]).runtime);
		checker.cancel();
		expect(checker.state.name).toBe('idle');
	});

	it('asks "did you close the window?" only when focus comes back while the window is open', async () => {
		const { runtime } = fakeRuntime([success], { hang: 'signIn' });
		const { checker } = checkerWith(runtime);
		checker.pageFocused();
		expect(checker.windowMaybeClosed).toBe(false);
		void checker.check();
		await tick();
		checker.pageFocused();
		expect(checker.windowMaybeClosed).toBe(true);
		checker.cancel();
		expect(checker.windowMaybeClosed).toBe(false);
	});

	it("signs in with the page's login hint", async () => {
		const { runtime, calls } = fakeRuntime([success]);
		const checker = new Checker(async () => runtime, {
			loginHint: 'needs-admin@needs-admin.sandbox.example',
		});
		await checker.check();
		expect(calls[0]).toBe('signIn:needs-admin@needs-admin.sandbox.example');
	});
});

describe('Sign out', () => {
	it.each([
		[
			true,
			'You are signed out of Microsoft in this browser, and this page has forgotten your account.',
		],
		[
			false,
			'This page has forgotten your account. Microsoft did not confirm the sign-out: close the browser to end its session too.',
		],
	])('says what it did (Microsoft confirmed: %s)', async (microsoft, notice) => {
		const { runtime } = fakeRuntime([success], { microsoft });
		const { checker } = checkerWith(runtime);
		await checker.check();
		await checker.signOut();
		expect(checker.state.name).toBe('idle');
		expect(checker.announcement).toBe(notice);
	});
});

describe('transitions', () => {
	it.each(Object.entries(transitions))('from %s allows exactly %o', (from, to) => {
		expect(to.length).toBeGreaterThan(0);
		expect(to).not.toContain(from === 'probing' ? 'idle' : 'nothing');
	});
	it('never reaches diagnosed or failed without passing through signing-in', () => {
		expect(transitions.idle).toEqual(['signing-in']);
	});
});
