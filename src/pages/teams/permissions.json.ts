// /teams/permissions.json: the registry's permissions, machine-readable (a public contract).
import type { APIRoute } from 'astro';
import { permissionsJson } from '../../derive/permissions-json.ts';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(permissionsJson(), null, 2)}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
