// @vitest-environment jsdom
// The update notice is plain DOM with its own texts (issue 26): no React, no i18next, so showing it never
// starts the app of a tab that runs an older version.
import { getByRole } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showUpdateNotice } from '../../../../src/ui/UpdateNotice/UpdateNotice';
import { noticeTexts } from '../../../../src/sw/notice-texts';

function liveRegion(): HTMLElement {
  const region = document.createElement('div');
  region.setAttribute('role', 'status');
  document.body.append(region);
  return region;
}

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = '';
});

describe('UpdateNotice', () => {
  it('says there is a new version, in Dutch, in a live region, with a button that updates', async () => {
    document.documentElement.lang = 'nl';
    const region = liveRegion();
    const onUpdate = vi.fn();
    showUpdateNotice(region, noticeTexts().update, onUpdate);
    expect(getByRole(document.body, 'status')).toHaveTextContent('Er is een nieuwe versie.');
    await userEvent.click(getByRole(region, 'button', { name: 'Vernieuw de pagina' }));
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('says it in English on an English page (the language the page shows now)', () => {
    document.documentElement.lang = 'en';
    const region = liveRegion();
    showUpdateNotice(region, noticeTexts().update, () => undefined);
    expect(region).toHaveTextContent('There is a new version.');
    expect(getByRole(region, 'button', { name: 'Refresh the page' })).toBeInTheDocument();
  });
});
