// A Map that forgets: every entry the sandbox keeps per request (pending sign-ins, codes, sessions,
// refresh tokens) lives at most `ttlMs` and at most `cap` of them are kept, oldest evicted first,
// so a flood of authorise requests cannot grow the process without bound. The clock is injected
// (createSandbox's `now`), so tests expire entries by moving it instead of waiting.

export interface BoundedMapOptions {
	/** How long an entry lives after it was last written, in milliseconds. */
	ttlMs: number;
	/** The most entries kept; writing one more evicts the oldest. */
	cap: number;
	now: () => number;
}

export class BoundedMap<K, V> {
	// Insertion order is age order: `set` re-inserts, so the first entry is always the oldest.
	#entries = new Map<K, { value: V; at: number }>();
	#options: BoundedMapOptions;

	constructor(options: BoundedMapOptions) {
		this.#options = options;
	}

	get size(): number {
		this.#sweep();
		return this.#entries.size;
	}

	has(key: K): boolean {
		return this.get(key) !== undefined;
	}

	get(key: K): V | undefined {
		const entry = this.#entries.get(key);
		if (!entry) return undefined;
		if (this.#expired(entry.at)) {
			this.#entries.delete(key);
			return undefined;
		}
		return entry.value;
	}

	set(key: K, value: V): this {
		this.#entries.delete(key);
		this.#entries.set(key, { value, at: this.#options.now() });
		this.#sweep();
		while (this.#entries.size > this.#options.cap) {
			this.#entries.delete(this.#entries.keys().next().value as K);
		}
		return this;
	}

	delete(key: K): boolean {
		return this.#entries.delete(key);
	}

	clear(): void {
		this.#entries.clear();
	}

	*[Symbol.iterator](): IterableIterator<[K, V]> {
		this.#sweep();
		for (const [key, { value }] of this.#entries) yield [key, value];
	}

	#expired(at: number): boolean {
		return this.#options.now() - at > this.#options.ttlMs;
	}

	/** Drops expired entries from the front (the oldest) until one is still alive. */
	#sweep(): void {
		for (const [key, { at }] of this.#entries) {
			if (!this.#expired(at)) return;
			this.#entries.delete(key);
		}
	}
}
