// Every text a person reads in the flow, with where it is written: the one list the validator's text checks
// (facts by reference, names spelled one way) and the language report walk, so both see the same texts.
import type { Loaded, YamlPath } from './load.ts';
import type { Flow } from './model.ts';
import type { FlowFileName, LocalizedText } from './schema.ts';

export interface FlowText {
  file: FlowFileName;
  path: YamlPath;
  text: LocalizedText;
  /** The question, result, contact or resource the text belongs to. */
  owner: { kind: 'question' | 'result' | 'contact' | 'resource'; id: string };
}

export function* flowTexts(flow: Flow, paths: Loaded['paths']): Generator<FlowText> {
  const T: FlowFileName = 'triage.yaml';
  const item = (file: FlowFileName, path: YamlPath, text: LocalizedText | undefined, owner: FlowText['owner']) =>
    text ? [{ file, path, text, owner }] : [];
  for (const q of Object.values(flow.questions)) {
    const at = paths.questions[q.id]!;
    const owner = { kind: 'question', id: q.id } as const;
    for (const key of ['text', 'hint', 'why'] as const) yield* item(T, [...at, key], q[key], owner);
    for (const [i, o] of q.options.entries()) {
      yield* item(T, [...at, 'options', i, 'label'], o.label, owner);
      yield* item(T, [...at, 'options', i, 'hint'], o.hint, owner);
    }
  }
  for (const r of Object.values(flow.results)) {
    const at = paths.results[r.id]!;
    for (const key of ['title', 'summary', 'why'] as const)
      yield* item(T, [...at, key], r[key], { kind: 'result', id: r.id });
  }
  for (const c of Object.values(flow.contacts)) {
    const at = paths.contacts[c.id]!;
    const owner = { kind: 'contact', id: c.id } as const;
    for (const key of ['name', 'description', 'instead', 'hoursNotPublished'] as const)
      yield* item('contacts.yaml', [...at, key], c[key], owner);
    yield* item('contacts.yaml', [...at, 'phone', 'note'], c.phone?.note, owner);
    yield* item('contacts.yaml', [...at, 'hours', 'note'], c.hours?.note, owner);
  }
  for (const r of Object.values(flow.resources)) {
    const at = paths.resources[r.id]!;
    for (const key of ['title', 'description'] as const)
      yield* item('resources.yaml', [...at, key], r[key], { kind: 'resource', id: r.id });
  }
}
