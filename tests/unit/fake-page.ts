// A stand-in for a page in unit tests that read the build's JSON data blocks (src/page-data.ts).

/** A page holding one JSON data block, `text`, found by the attribute selector it was written with. */
export const pageWithJsonBlock = (text: string | undefined, attribute: string): ParentNode =>
	({
		querySelector: (selector: string) =>
			selector === `script[type="application/json"]${attribute}` && text !== undefined
				? { textContent: text }
				: null,
	}) as unknown as ParentNode;
