// The home page IS the first question, so someone in acute danger is one click from the answer.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../app/flow';
import type { QuestionModel } from '../../app/page-model';
import { directoryPath } from '../../app/routes';
import { QuestionPage } from '../Question/QuestionPage';
import { DescribeSearchSlot } from '../../ui/DescribeSearch/DescribeSearchSlot';

export function Home({ question, lang }: { question: QuestionModel; lang: Language }) {
  const { t } = useTranslation('ui');
  return (
    <QuestionPage
      question={question}
      intro={<p className="utrecht-paragraph utrecht-paragraph--lead">{t('home.intro')}</p>}
      after={
        <>
          <p className="utrecht-paragraph ww-home__directory">
            <a className="utrecht-link" href={directoryPath(lang)}>
              {t('home.directory')}
            </a>
          </p>
          {/* Last, so that appearing after the take-over moves nothing above it. */}
          <DescribeSearchSlot lang={lang} />
        </>
      }
    />
  );
}
