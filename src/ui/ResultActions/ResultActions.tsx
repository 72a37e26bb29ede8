// What to do with an advice: print it, copy its link, start again, or report an error. Print and Copy
// need JavaScript, so they only appear when it runs; the rest are plain links.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_EMAIL } from '../../app/config';
import { useHydrated } from '../useHydrated';
import './ResultActions.css';

export function reportHref(address: string, subject: string, body: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

export interface ResultActionsProps {
  pagePath: string;
  startHref: string;
  /** Where a reader reports an error; without one there is no report link (tests pass their own). */
  reportEmail?: string;
}

export function ResultActions({ pagePath, startHref, reportEmail = REPORT_EMAIL }: ResultActionsProps) {
  const { t } = useTranslation('ui');
  const hydrated = useHydrated();
  const [copyStatus, setCopyStatus] = useState<'' | 'copied' | 'failed'>('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopyStatus('copied');
    } catch {
      setCopyStatus('failed');
    }
  };

  return (
    <section className="ww-result-actions" aria-labelledby="ww-result-actions-title">
      <h2 id="ww-result-actions-title" className="utrecht-heading-2">
        {t('result.actions')}
      </h2>
      <div className="ww-result-actions__group">
        {hydrated && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => window.print()}
          >
            {t('result.print')}
          </button>
        )}
        {hydrated && (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void copy()}>
            {t('result.copyLink')}
          </button>
        )}
        <a className="utrecht-button utrecht-button--secondary-action ww-result-actions__link-button" href={startHref}>
          {t('result.startAgain')}
        </a>
      </div>
      <p className="ww-result-actions__status" role="status">
        {copyStatus && t(copyStatus === 'copied' ? 'result.copied' : 'result.copyFailed')}
      </p>
      {reportEmail && (
        <p className="utrecht-paragraph">
          <a
            className="utrecht-link ww-result-actions__report"
            href={reportHref(reportEmail, t('result.reportSubject'), t('result.reportBody', { url: pagePath }))}
          >
            {t('result.report')}
          </a>
        </p>
      )}
    </section>
  );
}
