// The flow library: plain TypeScript, no React, no DOM. Load and validate YAML, compile to a machine,
// restore a page from answers, walk every path, diff two versions, draw the graph.
export { checkFlow, type Checked, type CheckOptions } from './validate';
export { compileFlow, currentNode, type WizardMachine, type WizardSnapshot } from './compile';
export { restore, type Restored } from './restore';
export { allPages, allPaths, walkPaths, type FlowPath } from './paths';
export { diffFlows, type FlowDiff } from './diff';
export { mermaidCharts } from './mermaid';
export { holds, nextNode } from './conditions';
export { wizardUrl, parseWizardUrl } from './url';
export { splitTexts, FLOW_NAMESPACE, type KeyedFlow, type FlowTexts } from './texts';
export { formatProblem, type Problem } from './problems';
export type { Flow, QuestionNode, ResultNode, RoutingFlow } from './model';
export * from './languages';
