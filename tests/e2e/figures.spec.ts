// The screen illustrations: each sits in the section of its article that says "a screen like
// this", is announced as an illustration with a name and a description, shows the registry's
// wording, draws no control anyone could mistake for a real one, and passes axe (the figures
// themselves) in both themes at phone and desktop widths. Screenshots for a person to look at go to test-results/figures/.
import type { Page } from '@playwright/test';
import { expect, test } from './article-test.ts';
import { app, permissions } from '../../src/registry/index.ts';
import { axe, screenshotsWanted } from './help-centre.ts';

interface FigureCase {
	path: string;
	name: string;
	/** The heading of the section the figure belongs in. */
	section: string;
	/** Text the figure must show, from the registry. */
	shows: string[];
}

const consentWording = permissions.map((p) => p.consentText);
const figures: FigureCase[] = [
	{
		path: '/teams/connect/',
		name: 'claras-profile-connect',
		section: 'Start the connection',
		shows: [...app.connectPath.slice(1), app.connectButton],
	},
	{
		path: '/teams/connect/',
		name: 'consent-screen',
		section: 'You can grant permission',
		shows: [
			'Permissions requested',
			app.entraName,
			'Consent on behalf of your organisation',
			'Accept',
			...consentWording,
		],
	},
	{
		path: '/teams/connect/',
		name: 'need-admin-approval',
		section: 'You need your IT admin to approve',
		shows: ['Need admin approval', 'Return to the application without granting consent'],
	},
	{
		path: '/teams/connect/',
		name: 'approval-required',
		section: 'You need your IT admin to approve',
		shows: [
			'Approval required',
			'Enter justification for requesting this app',
			'Request approval',
			...consentWording,
		],
	},
	{
		path: '/teams/faq/need-admin-approval/',
		name: 'need-admin-approval',
		section: 'What it means',
		shows: ['Need admin approval', 'Return to the application without granting consent'],
	},
	{
		path: '/teams/faq/need-admin-approval/',
		name: 'approval-required',
		section: 'Ask your IT admin',
		shows: ['Approval required', 'Request approval'],
	},
	{
		path: '/teams/admin-consent/',
		name: 'entra-permissions',
		section: 'Grant consent in the Entra admin centre',
		shows: ['Grant admin consent for', 'Permissions', ...permissions.map((p) => p.claim)],
	},
	{
		path: '/teams/admin-consent/',
		name: 'admin-consent-screen',
		section: 'Grant consent with a link',
		shows: ['Permissions requested', 'Accept for your organisation', ...consentWording],
	},
	{
		path: '/teams/reconnect/',
		name: 'reconnect-banner',
		section: 'Why Claras asks you to reconnect',
		shows: [app.reconnectPrompt, app.reconnectButton],
	},
	{
		path: '/teams/reconnect/',
		name: 'claras-profile-reconnect',
		section: 'How to reconnect',
		shows: ['Integrations', 'Microsoft Teams', 'Reconnect'],
	},
];

/** The text of the last h2 or h3 before the figure: the section it sits in. */
function sectionOf(page: Page, name: string): Promise<string | undefined> {
	return page.evaluate((figureName) => {
		const figure = document.querySelector(`[data-figure="${figureName}"]`);
		if (!figure) return undefined;
		const before = [
			...document.querySelectorAll('.sl-markdown-content h2, .sl-markdown-content h3'),
		].filter(
			(heading) => heading.compareDocumentPosition(figure) & Node.DOCUMENT_POSITION_FOLLOWING,
		);
		return before.at(-1)?.textContent?.trim();
	}, name);
}

// One page load per article: each figure is its own step, so a failure still names the figure.
const figurePages = [...new Set(figures.map((figure) => figure.path))];
test.describe('each figure', () => {
	for (const path of figurePages) {
		const here = figures.filter((f) => f.path === path);
		test(`${path}: each figure under its section, an illustration with the registry's wording and no control`, async ({
			article: page,
		}) => {
			await page.goto(path);
			for (const figure of here) {
				await test.step(figure.name, async () => {
					const frame = page.locator(`figure[data-figure="${figure.name}"]`);
					await expect(frame).toHaveCount(1);
					expect(await sectionOf(page, figure.name), figure.name).toBe(figure.section);

					// Announced as an illustration, with a name, a description and a visible caption.
					await expect(frame).toHaveAttribute('aria-roledescription', 'illustration');
					await expect(frame.locator('figcaption')).toHaveText(/^Illustration: \S/);
					const image = frame.getByRole('img', { name: /^Illustration: / });
					await expect(image).toBeVisible();
					await expect(image).toHaveAccessibleDescription(/\w{3,}.*\w{3,}/);

					for (const text of figure.shows) await expect(image).toContainText(text);
					// Drawn controls only: nothing in a figure can be pressed, followed or typed into.
					await expect(frame.locator('a, button, input, textarea, select, [tabindex]')).toHaveCount(
						0,
					);
				});
			}
		});
	}
});

for (const width of [390, 1280]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test.describe(`at ${width} px, ${colorScheme}`, () => {
			test.use({ viewport: { width, height: 1600 }, colorScheme }); // tall enough to screenshot a whole figure
			// site.spec.ts already runs axe over every page of the sitemap at Playwright's default
			// layout (1280 px wide, light): that run is not repeated here.
			const swept = width === 1280 && colorScheme === 'light';
			for (const path of figurePages) {
				const what = swept ? 'fit the width (axe: site.spec.ts)' : 'pass axe and fit the width';
				test(`${path}: the figures ${what}`, async ({ article: page }) => {
					await page.goto(path);
					await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
					if (!swept) {
						// The figures only: the rest of the article is Starlight's, and site.spec.ts sweeps it.
						const { violations } = await axe(page).include('figure[data-figure]').analyze();
						const serious = violations
							.filter((v) => v.impact === 'serious' || v.impact === 'critical')
							.map(
								(v) =>
									`${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
							);
						expect(serious).toEqual([]);
					}

					for (const figure of figures.filter((f) => f.path === path)) {
						const frame = page.locator(`figure[data-figure="${figure.name}"]`);
						// Nothing sticks out of the figure or the window: readable without scrolling sideways.
						const overflow = await frame.evaluate((element) => {
							const screen = element.querySelector<HTMLElement>('.claras-figure__screen')!;
							const right = element.getBoundingClientRect().right;
							return {
								inside: screen.scrollWidth <= screen.clientWidth + 1,
								inWindow: right <= document.documentElement.clientWidth + 1,
							};
						});
						expect(overflow, figure.name).toEqual({ inside: true, inWindow: true });
						// For a person to look at (`npm run screenshots`); the sticky bars kept out of the way.
						if (screenshotsWanted)
							await frame.screenshot({
								path: `test-results/figures/${figure.name}-${width}-${colorScheme}.png`,
								style: 'header.header, mobile-starlight-toc { visibility: hidden !important; }',
							});
					}
				});
			}
		});
	}
}
