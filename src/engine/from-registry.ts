// The real registry as the engine takes it, made once, with every sign-in code's meaning: what the
// CLI, the bench and the tests that want the real registry import. The checker makes its own
// (src/checker/runtime.ts), with the meanings its page carries, so its bundle has no second copy.
import type { EngineRegistry } from './engine-registry.ts';
import { toEngineRegistry } from './to-engine-registry.ts';
import { signInCodeMeanings } from '../registry/codes.ts';
import { registry } from '../registry/index.ts';

/** The engine's view of a registry, with the registry's own meanings (tests extend a copy). */
export const toFullEngineRegistry = (
	from: Parameters<typeof toEngineRegistry>[0],
): EngineRegistry => toEngineRegistry(from, signInCodeMeanings);

export const engineRegistry: EngineRegistry = toFullEngineRegistry(registry);
