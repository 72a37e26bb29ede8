// The advice, leading with the action: title and one sentence; the advised contact's call button with the
// number and when they can be reached right beside it; the local step (the municipality's own contact point,
// the Zorg- en Veiligheidshuis: named, never with an invented number); the other contacts, compact; guides and
// tools; why
// this advice, with the answers that led here (each changeable); where the facts come from; then what to do next.
// Within the page's main content each contact appears once: as the advised contact, else as the line named
// beside it or the second call, else among the others (the page model leaves those out of `others`; the
// emergency bar in the page head does not count).
import { useTranslation } from 'react-i18next';
import { FLOW_NAMESPACE, type Language } from '../../app/flow';
import type { ResultModel } from './result-model';
import { pathFor } from '../../app/routes';
import { ContactCard } from '../../ui/ContactCard/ContactCard';
import { AnswerList } from '../../ui/AnswerList/AnswerList';
import { BackLink } from '../../ui/BackLink/BackLink';
import { ResourceList } from '../../ui/ResourceList/ResourceList';
import { ResultActions } from '../../ui/ResultActions/ResultActions';
import { PrintNote } from '../../ui/PrintNote/PrintNote';
import { FoundVia } from '../../ui/FoundVia/FoundVia';
import './ResultPage.css';
// Not used here: the app's head tags travel in this chunk (see loadHeadTags in src/app/lazy-pages.ts).
export * as headTags from '../../app/head-tags';
// What the page shows, made from the result and the catalogue: loaded with the page (lazy-pages.ts).
export { resultModel } from './result-model';

export function ResultPage({ result, lang, pagePath }: { result: ResultModel; lang: Language; pagePath: string }) {
  const { t } = useTranslation('ui');
  const { t: tf } = useTranslation(FLOW_NAMESPACE);
  const { others } = result;
  return (
    <>
      <BackLink href={result.backHref}>{t('question.back')}</BackLink>
      <p className="utrecht-pre-heading ww-progress">{t('result.label')}</p>
      <h1 id="ww-page-title" className="utrecht-heading-1" tabIndex={-1}>
        {tf(result.title)}
      </h1>
      {result.summary && (
        <p className="utrecht-paragraph utrecht-paragraph--lead ww-result__summary">{tf(result.summary)}</p>
      )}
      <FoundVia />

      <section className="ww-result__primary" aria-label={t('result.contact')}>
        {result.primary ? (
          <ContactCard
            contact={result.primary.contact}
            fallback={result.primary.fallback}
            action={{ lead: result.primary.lead, bothButtons: result.primary.bothButtons, alsoCall: result.alsoCall }}
            variant="action"
            headingLevel={2}
          />
        ) : (
          <p className="utrecht-paragraph">{t('result.noContact')}</p>
        )}
      </section>

      {result.localSteps.length > 0 && (
        <section className="ww-result__local" aria-labelledby="ww-result-local-title">
          <h2 id="ww-result-local-title" className="utrecht-heading-2">
            {t('result.localSteps')}
          </h2>
          <p className="utrecht-paragraph">{t('result.localStepsText')}</p>
          {result.localSteps.map((c) => (
            <ContactCard key={c.id} contact={c} variant="compact" headingLevel={3} />
          ))}
        </section>
      )}

      {others.length > 0 && (
        <section className="ww-result__others" aria-labelledby="ww-result-others-title">
          <h2 id="ww-result-others-title" className="utrecht-heading-2">
            {t('result.others')}
          </h2>
          {others.map((c) => (
            <ContactCard key={c.id} contact={c} variant="compact" headingLevel={3} />
          ))}
        </section>
      )}

      <ResourceList resources={result.resources} lang={lang} title={t('result.resources')} />

      <section className="ww-result__why" aria-labelledby="ww-result-why-title">
        <h2 id="ww-result-why-title" className="utrecht-heading-2">
          {t('result.why')}
        </h2>
        <p className="utrecht-paragraph">{tf(result.why)}</p>
        <AnswerList answers={result.answers} headingLevel={3} />
      </section>

      <section className="ww-result__sources" aria-labelledby="ww-result-sources-title">
        <h2 id="ww-result-sources-title" className="utrecht-heading-2">
          {t('result.sourcesTitle')}
        </h2>
        <p className="utrecht-paragraph">{t('result.sourcesText')}</p>
        <p className="utrecht-paragraph">
          <a className="utrecht-link ww-link-target" href={pathFor({ page: 'sources', lang })}>
            {t('result.sourcesLink')}
          </a>
        </p>
      </section>

      <p className="utrecht-paragraph ww-result__directory">
        <a className="utrecht-link" href={result.directoryHref}>
          {t('result.directory')}
        </a>
      </p>

      <ResultActions pagePath={pagePath} startHref={result.startHref} />
      <PrintNote />
    </>
  );
}
