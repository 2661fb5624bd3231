/** A path through a script as the places a finding walks through (SARIF codeFlows), for path-aware rules. */
import type { DataPath } from '../core/findings.js';
import { describePath, type PathStop, type ScriptGraph } from '../model/flow.js';
import type { FlowReport } from './types.js';

/** One place per stop: the step, and a label that names the reply the customer gave there. */
export function pathFlow(scriptPath: DataPath, graph: ScriptGraph, path: readonly PathStop[]): FlowReport[] {
  return path.map((stop) => ({ path: [...scriptPath, 'steps', stop.step], message: describePath(graph, [stop]) }));
}
