// The route map: every question, every answer and where it leads, down to the results and their primary
// contacts, as nested lists with a heading per answer to the first question. Computed from the flow data
// when this page renders (the prerenderer renders it), never from code. Every entry links to that place in
// the wizard. The contact's name is found by its text key (src/flow/texts.ts), so the page needs the
// routing data and the texts, not the contacts.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { FLOW_NAMESPACE, type Language } from '../../app/flow';
import { flowTextKey } from '../../flow/texts';
import type { Condition } from '../../flow/schema';
import { routeMap, type MapNode, type MapOption, type RouteMapFlow } from '../../flow/route-map';
import './RouteMap.css';

export function RouteMap({ flow, lang }: { flow: RouteMapFlow; lang: Language }) {
  const { t } = useTranslation('directory');
  const { t: tf } = useTranslation(FLOW_NAMESPACE);
  const { t: tu } = useTranslation('ui');
  const root = useMemo(() => routeMap(flow, lang), [flow, lang]);
  return (
    <>
      <h1 id="ww-page-title" className="utrecht-heading-1" tabIndex={-1}>
        {tu('routemap.title')}
      </h1>
      <p className="utrecht-paragraph">{t('routemap.intro')}</p>
      {root?.kind === 'question' ? (
        <>
          <p className="utrecht-paragraph">
            {t('routemap.start')}{' '}
            <a className="utrecht-link ww-route-map__link" href={root.href}>
              {tf(root.text)}
            </a>
          </p>
          {root.options.map((o) => (
            <section key={o.id} className="ww-route-map__branch" aria-labelledby={`ww-route-map-${o.id}`}>
              <h2 id={`ww-route-map-${o.id}`} className="utrecht-heading-2">
                {tf(o.label)}
              </h2>
              <Because option={o} />
              <Target node={o.next} />
              {o.next.kind === 'question' ? <Options node={o.next} /> : null}
            </section>
          ))}
        </>
      ) : null}
    </>
  );
}

/** What an answer leads to: the next question, or a result with its primary contact. */
function Target({ node }: { node: MapNode }) {
  const { t } = useTranslation('directory');
  const { t: tf } = useTranslation(FLOW_NAMESPACE);
  if (node.kind === 'question') {
    return (
      <p className="utrecht-paragraph ww-route-map__target">
        <span className="ww-route-map__kind">{t('routemap.question', { step: node.step })}</span>{' '}
        <a className="utrecht-link ww-route-map__link" href={node.href}>
          {tf(node.text)}
        </a>
      </p>
    );
  }
  return (
    <>
      <p className="utrecht-paragraph ww-route-map__target">
        <span className="ww-route-map__kind">{t('routemap.result')}</span>{' '}
        <a className="utrecht-link ww-route-map__link" href={node.href}>
          {tf(node.title)}
        </a>
        {node.urgent ? <> {t('routemap.urgent')}</> : null}
      </p>
      <p className="utrecht-paragraph ww-route-map__contact">
        {t('routemap.contact', { name: tf(flowTextKey.contactName(node.primary)) })}
      </p>
    </>
  );
}

function Options({ node }: { node: Extract<MapNode, { kind: 'question' }> }) {
  const { t } = useTranslation('directory');
  const { t: tf } = useTranslation(FLOW_NAMESPACE);
  return (
    <ul className="ww-route-map__options">
      {node.options.map((o) => (
        <li key={o.id} className="ww-route-map__option">
          <p className="utrecht-paragraph ww-route-map__answer">
            <span className="ww-route-map__kind">{t('routemap.answer')}</span> <strong>{tf(o.label)}</strong>
          </p>
          <Because option={o} />
          <Target node={o.next} />
          {o.next.kind === 'question' ? <Options node={o.next} /> : null}
        </li>
      ))}
    </ul>
  );
}

function Because({ option }: { option: MapOption }) {
  const { t } = useTranslation('directory');
  const { t: tf } = useTranslation(FLOW_NAMESPACE);
  if (!option.because) return null;
  return (
    <p className="utrecht-paragraph ww-route-map__because">
      {t('routemap.because', { condition: describe(option.because, t, tf) })}
    </p>
  );
}

/** A condition in words: "‘What is your role?’ → ‘Mayor’ and …", with the question and option texts. */
function describe(cond: Condition, t: TFunction, tf: TFunction): string {
  const question = (id: string) => tf(flowTextKey.questionText(id));
  const option = (q: string, o: string) => tf(flowTextKey.optionLabel(q, o));
  if ('is' in cond)
    return t('routemap.cond.is', { question: question(cond.answer), option: option(cond.answer, cond.is) });
  if ('oneOf' in cond) {
    const options = cond.oneOf.map((o) => `‘${option(cond.answer, o)}’`).join(t('routemap.cond.or'));
    return t('routemap.cond.oneOf', { question: question(cond.answer), options });
  }
  if ('allOf' in cond) return cond.allOf.map((c) => describe(c, t, tf)).join(t('routemap.cond.and'));
  if ('anyOf' in cond) return cond.anyOf.map((c) => describe(c, t, tf)).join(t('routemap.cond.or'));
  return t('routemap.cond.not', { condition: describe(cond.not, t, tf) });
}
