// The flow as the engine sees it after loading: every file merged, looked up by id, with the option-level
// `to` shorthand turned into ordinary rules so routing has one shape.
import type {
  Basis,
  Condition,
  Contact,
  Hours,
  LocalizedText,
  Resource,
  SearchAlarms,
  SearchWords,
  TaxonomyFile,
} from './schema.ts';

export interface Rule {
  when: Condition;
  to: string;
}

export interface OptionNode {
  id: string;
  label: LocalizedText;
  hint?: LocalizedText;
}

export interface QuestionNode {
  id: string;
  text: LocalizedText;
  hint?: LocalizedText;
  why?: LocalizedText;
  options: OptionNode[];
  /** Tried in order; the first whose condition holds decides the next node. */
  rules: Rule[];
  otherwise?: string;
}

export interface ResultNode {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  primary: string;
  others: string[];
  resources: string[];
  why: LocalizedText;
  /** The passages its texts rest on (flows/triage.yaml `basis`); stripped before any bundle. */
  basis?: Basis;
  theme?: string;
  urgent: boolean;
  needs: 'talk' | 'report' | 'knowledge';
  localSteps: string[];
  /** A second line with its own call button, for some of the people on this page (flows/triage.yaml). */
  alsoCall?: { contact: string; for: LocalizedText };
  /** The primary's channel the card leads with, where it is not the first of phone, e-mail, website. */
  lead?: 'phone' | 'email' | 'website';
  /** Search words per language (flows/triage.yaml `search`); absent when the result has none. */
  search?: SearchWords;
}

export interface Flow {
  start: string;
  questions: Record<string, QuestionNode>;
  results: Record<string, ResultNode>;
  contacts: Record<string, Contact>;
  resources: Record<string, Resource>;
  audiences: TaxonomyFile['audiences'];
  themes: TaxonomyFile['themes'];
  /** The seed texts that sources of the form seed:<file> name (taxonomy.yaml). */
  sourceTexts: NonNullable<TaxonomyFile['sourceTexts']>;
  /** The describe-it search's alarm words (triage.yaml `searchAlarms`), when given. */
  searchAlarms?: SearchAlarms;
}

/** Just what routing needs: the engine (compile, paths, restore) works on this, with or without texts. */
export interface RoutingFlow {
  start: string;
  questions: Record<string, { id: string; options: { id: string }[]; rules: Rule[]; otherwise?: string }>;
  results: Record<string, { id: string; primary: string }>;
}

export type { Condition, Contact, Hours, Resource };
