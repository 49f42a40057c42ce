// Data the build writes into a page as `<script type="application/json">` blocks (the consent
// helper's kit, the code look-up table, the consent result's words), read back by the page's
// scripts. A missing block or one that does not parse reads as undefined, never an exception:
// each reader says what it does without it.

/** The JSON of the first data block under `root` that `selector` matches; undefined without one. */
export function readJsonBlock(root: ParentNode, selector: string): unknown {
	const text = root.querySelector(`script[type="application/json"]${selector}`)?.textContent;
	if (!text) return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}
