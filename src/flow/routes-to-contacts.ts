// For the directory: which wizard results advise each contact as the primary one, each with the first
// wizard URL (in option order) that ends there — found by stepping the compiled machine (paths.ts).
import { walkPaths } from './paths.ts';
import { wizardUrl } from './url.ts';
import type { Language } from './languages.ts';
import type { RoutingFlow } from './model.ts';

export interface RouteLink {
  /** the result's id */
  id: string;
  /** the result's title (an i18n key in the app's keyed flow) */
  title: string;
  href: string;
}

type TitledFlow = RoutingFlow & { results: Record<string, { id: string; primary: string; title: string }> };

/** Contact id → the results that name it as primary contact, in the order the paths reach them. */
export function routesToContacts(flow: TitledFlow, lang: Language): Map<string, RouteLink[]> {
  const byContact = new Map<string, RouteLink[]>();
  const seen = new Set<string>();
  walkPaths(flow, (path) => {
    if (seen.has(path.result)) return;
    seen.add(path.result);
    const result = flow.results[path.result]!;
    const link = {
      id: result.id,
      title: result.title,
      href: wizardUrl(
        lang,
        path.answers.map(([, o]) => o),
      ),
    };
    byContact.set(result.primary, [...(byContact.get(result.primary) ?? []), link]);
  });
  return byContact;
}
