// "Your answers": what was chosen, each with a Change link that re-opens that question with only the
// answers before it (the page model builds the link).
import { useTranslation } from 'react-i18next';
import { FLOW_NAMESPACE } from '../../app/flow';
import type { GivenAnswer } from '../../app/page-model';
import './AnswerList.css';

export function AnswerList({
  answers,
  headingLevel = 2,
  title,
}: {
  answers: GivenAnswer[];
  headingLevel?: 2 | 3;
  title?: string;
}) {
  const { t } = useTranslation('ui');
  const { t: tf } = useTranslation(FLOW_NAMESPACE);
  if (answers.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="ww-answer-list" aria-labelledby="ww-answer-list-title">
      <Heading id="ww-answer-list-title" className={`utrecht-heading-${headingLevel}`}>
        {title ?? t('answers.title')}
      </Heading>
      <dl className="ww-answer-list__list">
        {answers.map((a) => (
          <div className="ww-answer-list__item" key={a.changeHref}>
            <dt className="ww-answer-list__question">{tf(a.question)}</dt>
            <dd className="ww-answer-list__answer">{tf(a.answer)}</dd>
            <dd className="ww-answer-list__change">
              <a
                className="utrecht-link ww-answer-list__link"
                href={a.changeHref}
                aria-label={t('answers.changeLabel', { question: tf(a.question) })}
              >
                {t('answers.change')}
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
