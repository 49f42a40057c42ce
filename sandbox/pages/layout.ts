// The frame every sandbox page shares: a plain notice that this is a sandbox, not Microsoft,
// and Microsoft-like sign-in card styling so the screens look familiar in screenshots.
export function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Tagged template that escapes interpolated strings; nested `html` results pass through. */
export class Html {
	readonly value: string;
	constructor(value: string) {
		this.value = value;
	}
	toString(): string {
		return this.value;
	}
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
	let out = strings[0] ?? '';
	values.forEach((value, i) => {
		const items = Array.isArray(value) ? value : [value];
		out += items
			.map((item) => (item instanceof Html ? item.value : escapeHtml(String(item ?? ''))))
			.join('');
		out += strings[i + 1] ?? '';
	});
	return new Html(out);
}

const styles = `
body{margin:0;font:15px/1.45 "Segoe UI",system-ui,sans-serif;background:#f2f2f2;color:#1b1b1b}
.notice{background:#fff4ce;border-bottom:1px solid #e0c97a;padding:.6rem 1rem;text-align:center}
main{max-width:440px;margin:2.5rem auto;background:#fff;padding:2.5rem 2.75rem;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:1.5rem;font-weight:600;margin:.5rem 0 1rem}
.brand{font-weight:600;color:#5e5e5e}
.account{display:block;width:100%;text-align:left;background:none;border:0;border-top:1px solid #e6e6e6;padding:.7rem .3rem;cursor:pointer;font:inherit;color:inherit}
.account:hover,.account:focus{background:#f2f2f2}
.account small{display:block;color:#5e5e5e}
.tag{font-size:.75rem;background:#e6f2fb;color:#004578;padding:0 .35rem;border-radius:2px;margin-left:.4rem}
.primary{background:#0067b8;color:#fff;border:0;padding:.5rem 1.6rem;font:inherit;cursor:pointer;min-width:108px}
.secondary{background:#ccc;color:#000;border:0;padding:.5rem 1.6rem;font:inherit;cursor:pointer;min-width:108px}
.actions{display:flex;gap:.6rem;justify-content:flex-end;margin-top:1.5rem}
ul.perms{padding-left:1.2rem}
a,button.link{color:#0067b8;background:none;border:0;padding:0;font:inherit;cursor:pointer;text-decoration:underline}
textarea{width:100%;box-sizing:border-box;font:inherit;min-height:5rem}
.details{font-size:.8rem;color:#5e5e5e;margin-top:1.5rem;word-break:break-word}
`;

export function page(title: string, body: Html): string {
	return `<!doctype html>
<html lang="en-AU"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} – Claras sandbox sign-in</title><style>${styles}</style></head>
<body><div class="notice" role="note"><strong>Sandbox.</strong> This is the Claras Help Centre's local stand-in for Microsoft sign-in, not Microsoft. No passwords, and nothing leaves this computer.</div>
<main>${body.value}</main></body></html>`;
}
