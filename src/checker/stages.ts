// The probe loop: plans a stage from the answers so far, sends it, and stops as soon as a stage has
// nothing to ask. At most three stages, so at most three round trips when Graph answers at once.
import type { Registry } from '../registry/index.ts';
import { planStage, STAGES, type ProbeAnswer, type ProbeRequest } from './probes.ts';

/** Sends one stage's probes and tells each final answer; resolves to the round trips it made. */
export type SendStage = (
	probes: readonly ProbeRequest[],
	onAnswer: (id: string, answer: ProbeAnswer) => void,
) => Promise<number>;

export interface StagesRun {
	/** The stages sent, e.g. [1, 2, 3]. */
	stages: number[];
	roundTrips: number;
}

export async function runStages(
	registry: Pick<Registry, 'baseProbes' | 'features'>,
	now: Date,
	send: SendStage,
): Promise<StagesRun> {
	const answers = new Map<string, ProbeAnswer>();
	const run: StagesRun = { stages: [], roundTrips: 0 };
	for (const stage of STAGES) {
		const probes = planStage(registry, stage, answers, now);
		if (probes.length === 0) break;
		run.stages.push(stage);
		run.roundTrips += await send(probes, (id, answer) => answers.set(id, answer));
	}
	return run;
}
