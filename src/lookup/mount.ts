// Wires a CodeLookup form: its answer is built with text nodes (never HTML from the input) in a
// live region, at once and offline, from the JSON the build put beside the form.
import type { LookupEntry } from '../derive/error-codes.ts';
import { readJsonBlock } from '../page-data.ts';
import { CHECKER_PATH } from '../site-paths.ts';
import { lookUpCode, type LookupAnswer } from './look-up.ts';

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	className?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

function link(href: string, text: string, external = false): HTMLAnchorElement {
	const a = element('a', text);
	a.href = href;
	if (external) a.rel = 'noopener noreferrer';
	return a;
}

function render(answer: LookupAnswer, onReference: boolean): HTMLElement[] {
	switch (answer.kind) {
		case 'known':
			return answer.entries.map((entry) => {
				const box = element('div', undefined, 'code-lookup-entry');
				const title = element('p', undefined, 'code-lookup-code');
				title.append(
					element('code', entry.code),
					entry.name ? ` (${entry.name})` : '',
					` · ${entry.familyTitle}`,
				);
				const who = element('p');
				who.append(element('strong', 'Who acts: '), entry.who);
				const fix = element('p');
				fix.append(element('strong', 'How to fix it: '), link(entry.fix, entry.fixTitle));
				if (!onReference) fix.append(' · ', link(entry.reference, 'all codes'));
				box.append(title, element('p', entry.meaning), who, fix);
				return box;
			});
		case 'unknown': {
			const first = element('p');
			first.append('We do not know the code ', element('code', answer.code), ' yet.');
			const next = element('p');
			next.append(
				'Read ',
				link(answer.explainedAt, answer.explainedBy, true),
				'. If it stops you connecting Claras, run the ',
				link(CHECKER_PATH, 'connection checker'),
				' and send the exported check to Claras support.',
			);
			return [first, next];
		}
		case 'malformed':
			return [element('p', answer.problem)];
	}
}

/** Mounts every `[data-code-lookup]` form on the page. */
export function mountCodeLookups(root: ParentNode = document): void {
	for (const form of root.querySelectorAll<HTMLFormElement>('form[data-code-lookup]')) {
		const host = form.closest('[data-code-lookup-host]') ?? form;
		const entries = readJsonBlock(host, '[data-code-lookup-data]');
		const input = form.querySelector<HTMLInputElement>('input[name="code"]');
		const output = host.querySelector<HTMLElement>('[data-code-lookup-answer]');
		// Without its table the form stays plain: it leads to the full list on /teams/error-codes/.
		if (!Array.isArray(entries) || !input || !output) continue;
		const onReference = form.dataset['onReference'] !== undefined;
		const answer = () => {
			const result = lookUpCode(input.value, entries as LookupEntry[]);
			output.dataset['kind'] = result.kind;
			output.replaceChildren(...render(result, onReference));
			input.setAttribute('aria-invalid', String(result.kind === 'malformed'));
		};
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			answer();
		});
		// /teams/error-codes/?code=50011 answers on arrival (links from the checker and from support).
		const asked = onReference ? new URLSearchParams(location.search).get('code') : null;
		if (asked) {
			input.value = asked;
			answer();
		}
	}
}
