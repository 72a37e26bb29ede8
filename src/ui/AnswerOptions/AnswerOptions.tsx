// Each answer is one large link to the next page: one click per answer, and it works without JavaScript.
import { useTranslation } from 'react-i18next';
import { FLOW_NAMESPACE } from '../../app/flow';
import './AnswerOptions.css';

export interface AnswerOption {
  id: string;
  /** i18n keys in the flow namespace */
  label: string;
  hint?: string;
  href: string;
}

export function AnswerOptions({ options, labelledBy }: { options: AnswerOption[]; labelledBy: string }) {
  const { t } = useTranslation(FLOW_NAMESPACE);
  return (
    <ul className="ww-answer-options" aria-labelledby={labelledBy}>
      {options.map((o) => (
        <li key={o.id} className="ww-answer-options__item">
          <a className="ww-answer-options__link" href={o.href}>
            <span className="ww-answer-options__label">{t(o.label)}</span>
            {o.hint && <span className="ww-answer-options__hint">{t(o.hint)}</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}
