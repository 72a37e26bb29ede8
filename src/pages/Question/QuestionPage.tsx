// One question: its text is the page's only h1 (focused after each step), optional hint and "why we ask",
// the options as links, honest progress without a total, Back, and the answers so far.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOW_NAMESPACE } from '../../app/flow';
import type { QuestionModel } from '../../app/page-model';
import { AnswerOptions } from '../../ui/AnswerOptions/AnswerOptions';
import { AnswerList } from '../../ui/AnswerList/AnswerList';
import { WhyDisclosure } from '../../ui/WhyDisclosure/WhyDisclosure';
import { BackLink } from '../../ui/BackLink/BackLink';

export function QuestionPage({
  question,
  intro,
  after,
}: {
  question: QuestionModel;
  intro?: ReactNode;
  after?: ReactNode;
}) {
  const { t } = useTranslation('ui');
  const { t: tf } = useTranslation(FLOW_NAMESPACE);
  return (
    <>
      {question.backHref && <BackLink href={question.backHref}>{t('question.back')}</BackLink>}
      {intro}
      <p className="utrecht-pre-heading ww-progress">{t('question.step', { step: question.step })}</p>
      <h1 id="ww-page-title" className="utrecht-heading-1" tabIndex={-1}>
        {tf(question.text)}
      </h1>
      {question.hint && <p className="utrecht-paragraph">{tf(question.hint)}</p>}
      {question.why && (
        <WhyDisclosure summary={t('question.why')}>
          <p className="utrecht-paragraph">{tf(question.why)}</p>
        </WhyDisclosure>
      )}
      <AnswerOptions options={question.options} labelledBy="ww-page-title" />
      {after}
      <AnswerList answers={question.answers} />
    </>
  );
}
