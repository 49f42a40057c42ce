import { describe, expect, it } from 'vitest';
import { Checker, transitions, type StateName } from '../../src/checker/checker.svelte.ts';
import type { CheckResult, CheckerRuntime, SignInResult } from '../../src/checker/runtime-port.ts';

const success: SignInResult = {
	signIn: { outcome: 'success', idTokenClaims: { tid: 't' }, scopes: ['User.Read'] },
};
const declined: SignInResult = {
	signIn: { outcome: 'error', error: { errorCode: 'access_denied', errorNo: '65004' } },
};

interface FakeOptions {
	probeFails?: boolean;
	redirectResult?: SignInResult;
	/** Read at each call, so a test can change it once the checker is where it wants. */
	hang?: 'signIn' | 'probe';
	microsoft?: boolean;
	/** Filled with the runtime's calls. */
	calls?: string[];
}

/** A runtime whose sign-in answers from a list and whose probe records one exchange. */
function fakeRuntime(outcomes: SignInResult[], options: FakeOptions = {}) {
	const calls: string[] = (options.calls = []);
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
		// Unit test files share one module graph and globals (isolate: false in vitest.config.ts):
		// the stand-in storage is put back as it was, so no other file sees it.
		const { sessionStorage: before } = globalThis as { sessionStorage?: Storage };
		globalThis.sessionStorage = {
			getItem: (key: string) => storage.get(key) ?? null,
			setItem: (key: string, value: string) => void storage.set(key, value),
			removeItem: (key: string) => void storage.delete(key),
		} as Storage;
		try {
			const { runtime, calls } = fakeRuntime([], { redirectResult: success });
			const { checker, loads } = checkerWith(runtime);
			await checker.resume();
			expect(loads()).toBe(0);
			storage.set('claras.checker.redirect', 'check');
			await checker.resume();
			expect(calls).toEqual(['probe', 'present:success:1:false']);
		} finally {
			if (before === undefined) Reflect.deleteProperty(globalThis, 'sessionStorage');
			else globalThis.sessionStorage = before;
		}
	});
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Cancel', () => {
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

/** Each state the checker can be in, and how a fake runtime gets it there. */
const reach: Record<StateName, (options: FakeOptions) => Promise<Checker>> = {
	idle: async (options) => checkerWith(fakeRuntime([], options).runtime).checker,
	'signing-in': async (options) => {
		options.hang = 'signIn';
		const { checker } = checkerWith(fakeRuntime([success], options).runtime);
		void checker.check();
		await tick();
		return checker;
	},
	probing: async (options) => {
		options.hang = 'probe';
		const { checker } = checkerWith(fakeRuntime([success], options).runtime);
		void checker.check();
		await tick();
		return checker;
	},
	diagnosed: async (options) => {
		const { checker } = checkerWith(fakeRuntime([success], options).runtime);
		await checker.check();
		return checker;
	},
	failed: async (options) => {
		options.probeFails = true;
		const { checker } = checkerWith(fakeRuntime([success], options).runtime);
		await checker.check();
		options.probeFails = false;
		return checker;
	},
};

type Event = 'check' | 'reconnect' | 'cancel' | 'signOut';
const events: Record<Event, (checker: Checker) => Promise<void>> = {
	check: (checker) => checker.check(),
	reconnect: (checker) => checker.reconnect(),
	cancel: async (checker) => checker.cancel(),
	signOut: (checker) => checker.signOut(),
};

/**
 * What each event does in each state: the state it moves to, or `refused` (the state stays as it
 * was and the runtime is not called). A new run pauses at sign-in, so it is seen as `signing-in`.
 */
const expected: Record<StateName, Record<Event, StateName | 'refused'>> = {
	idle: { check: 'signing-in', reconnect: 'signing-in', cancel: 'refused', signOut: 'refused' },
	'signing-in': { check: 'refused', reconnect: 'refused', cancel: 'diagnosed', signOut: 'refused' },
	probing: { check: 'refused', reconnect: 'refused', cancel: 'diagnosed', signOut: 'refused' },
	diagnosed: { check: 'signing-in', reconnect: 'signing-in', cancel: 'refused', signOut: 'idle' },
	failed: { check: 'signing-in', reconnect: 'signing-in', cancel: 'refused', signOut: 'idle' },
};

const pairs = (Object.keys(expected) as StateName[]).flatMap((from) =>
	(Object.keys(events) as Event[]).map((event) => [from, event, expected[from][event]] as const),
);

describe('every event in every state', () => {
	it.each(pairs)('in %s, %s → %s', async (from, event, outcome) => {
		const options: FakeOptions = {};
		const checker = await reach[from](options);
		expect(checker.state.name).toBe(from);
		const before = checker.state;
		const calls = options.calls!;
		const made = calls.length;
		options.hang = 'signIn'; // a run the event starts stays where it can be seen
		await Promise.race([events[event](checker), tick()]);
		if (outcome === 'refused') {
			expect(checker.state).toBe(before);
			expect(calls.slice(made)).toEqual([]);
		} else {
			expect(checker.state.name).toBe(outcome);
			expect(transitions[from] as readonly StateName[]).toContain(outcome);
		}
	});

	it('covers every state and event', () => {
		expect(pairs).toHaveLength(Object.keys(transitions).length * Object.keys(events).length);
	});
});

describe('transitions', () => {
	const all = Object.keys(transitions) as StateName[];
	/** The moves the design allows; every other pair of states is a bug and must throw. */
	const allowed = new Set([
		'idle → signing-in',
		'signing-in → probing',
		'signing-in → diagnosed',
		'signing-in → failed',
		'signing-in → idle',
		'probing → probing',
		'probing → diagnosed',
		'probing → failed',
		'diagnosed → signing-in',
		'diagnosed → idle',
		'failed → signing-in',
		'failed → idle',
	]);
	it.each(all.flatMap((from) => all.map((to) => [from, to] as const)))(
		'%s → %s is allowed only when the design allows it',
		(from, to) => {
			expect((transitions[from] as readonly StateName[]).includes(to)).toBe(
				allowed.has(`${from} → ${to}`),
			);
		},
	);
});
