// The flow library: plain TypeScript, no React, no DOM. Load and validate YAML, compile to a machine,
// restore a page from answers, step the machine through every path, diff two versions, draw the graph.
export { checkFlow, type Checked, type CheckOptions } from './validate.ts';
export { compileFlow, machineFor, currentNode, type WizardMachine, type WizardSnapshot } from './compile.ts';
export { restore, type Restored } from './restore.ts';
export { allPages, allPaths, walkPaths, type FlowPath } from './paths.ts';
export { diffFlows, type FlowDiff } from './diff.ts';
export { mermaidCharts } from './mermaid.ts';
export { holds } from './conditions.ts';
export { explorer, walkMachine, type Step } from './explore.ts';
export { wizardUrl, parseWizardUrl } from './url.ts';
export { splitTexts, FLOW_NAMESPACE, type KeyedFlow, type FlowTexts } from './texts.ts';
export { formatProblem, type Problem } from './problems.ts';
export type { Flow, QuestionNode, ResultNode, RoutingFlow } from './model.ts';
export * from './languages.ts';
