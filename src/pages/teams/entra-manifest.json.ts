// /teams/entra-manifest.json: the requiredResourceAccess fragment for an Entra app manifest.
import type { APIRoute } from 'astro';
import { entraManifestJson } from '../../derive/entra-manifest.ts';

export const GET: APIRoute = () =>
	new Response(entraManifestJson(), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
