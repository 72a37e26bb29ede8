// The document title of a page: what the h1 says, with the step for questions, then the service name.
import type { TFunction } from 'i18next';
import { FLOW_NAMESPACE } from './flow';
import type { PageModel } from './page-model';

export function pageTitle(model: PageModel, t: TFunction): string {
  const suffix = t('title.suffix', { ns: 'ui' });
  let main: string;
  switch (model.kind) {
    case 'home':
    case 'question':
      main = t('title.question', {
        ns: 'ui',
        step: model.question.step,
        text: t(model.question.text, { ns: FLOW_NAMESPACE }),
      });
      break;
    case 'result':
      main = t(model.result.title, { ns: FLOW_NAMESPACE });
      break;
    case 'notFound':
      main = t('notFound.title', { ns: 'ui' });
      break;
    default:
      main = t(`${model.kind}.title`, { ns: 'ui' });
  }
  return `${main} – ${suffix}`;
}
