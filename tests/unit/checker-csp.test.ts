import { describe, expect, it } from 'vitest';
import { completePolicy, inlineScriptHashes } from '../../src/integrations/csp-inline-scripts.ts';

const page = (policy: string) =>
	`<head><meta http-equiv="content-security-policy" content="${policy}"><script>window.a = 1;</script><script type="module" src="/x.js"></script><script type="application/ld+json">{}</script></head>`;

describe('completePolicy', () => {
	it('adds the hash of each inline script (not external ones or JSON data) to script-src', () => {
		const [hash] = inlineScriptHashes(page(''));
		expect(inlineScriptHashes(page(''))).toHaveLength(1);
		expect(
			completePolicy(page("default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self'")),
		).toContain(`script-src 'self' 'sha256-x' ${hash};`);
	});
	it('leaves a page whose scripts are all hashed, or that has no policy, as it is', () => {
		const [hash] = inlineScriptHashes(page(''));
		const complete = page(`script-src 'self' ${hash}`);
		expect(completePolicy(complete)).toBe(complete);
		expect(completePolicy('<script>1</script>')).toBe('<script>1</script>');
	});
});
