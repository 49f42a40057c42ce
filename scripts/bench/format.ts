// Printing helpers for the bench: kilobytes, aligned tables, millisecond summaries.
import type { Size } from './assets.ts';

export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
export const pair = (s: Size): string => `${kb(s.raw)} / ${kb(s.gzip)}`;
export const signed = (bytes: number): string => `${bytes >= 0 ? '+' : '-'}${kb(Math.abs(bytes))}`;
export const ms = (value: number): string => `${value.toFixed(1)} ms`;

/** Prints rows as columns, each padded to its widest cell, with a rule under the header. */
export function printTable(header: string[], rows: string[][], indent = ''): void {
	const table = [header, ...rows];
	const widths = header.map((_, column) =>
		Math.max(...table.map((row) => (row[column] ?? '').length)),
	);
	const line = (row: string[]) =>
		indent +
		row
			.map((cell, column) => cell.padEnd(widths[column]!))
			.join('  ')
			.trimEnd();
	console.log(line(header));
	console.log(indent + widths.map((width) => '-'.repeat(width)).join('  '));
	for (const row of rows) console.log(line(row));
}

/** `1` when every run made the same number, else `min–max`. */
export function range(values: readonly number[]): string {
	const low = Math.min(...values);
	const high = Math.max(...values);
	return low === high ? String(low) : `${low}–${high}`;
}

export const heading = (text: string): void => console.log(`\n${text}\n${'='.repeat(text.length)}`);
