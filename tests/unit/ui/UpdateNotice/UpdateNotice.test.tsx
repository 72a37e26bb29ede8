// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFlowDir, makeI18n, withI18n } from '../../../fixtures/wizard/harness';
import { UpdateNotice } from '../../../../src/ui/UpdateNotice/UpdateNotice';
import { mountUpdateNotice } from '../../../../src/ui/UpdateNotice/mount';

const { texts } = loadFlowDir();
afterEach(cleanup);

describe('UpdateNotice', () => {
  it('says there is a new version, in Dutch, with a button that updates', async () => {
    const t = await makeI18n(texts, 'nl');
    const onUpdate = vi.fn();
    render(withI18n(t.i18n, <UpdateNotice onUpdate={onUpdate} />));
    expect(screen.getByText('Er is een nieuwe versie.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Vernieuw de pagina' }));
    expect(onUpdate).toHaveBeenCalledTimes(1);
    expect(t.missing).toEqual([]);
  });

  it('says it in English on an English page', async () => {
    const t = await makeI18n(texts, 'en');
    render(withI18n(t.i18n, <UpdateNotice onUpdate={() => undefined} />));
    expect(screen.getByText('There is a new version.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh the page' })).toBeInTheDocument();
    expect(t.missing).toEqual([]);
  });

  it('is mounted into a live region that screen readers announce', async () => {
    const t = await makeI18n(texts, 'nl');
    const region = document.createElement('div');
    region.setAttribute('role', 'status');
    document.body.append(region);
    const onUpdate = vi.fn();
    await act(async () => mountUpdateNotice(region, t.i18n, onUpdate));
    expect(screen.getByRole('status')).toHaveTextContent('Er is een nieuwe versie.');
    await userEvent.click(screen.getByRole('button', { name: 'Vernieuw de pagina' }));
    expect(onUpdate).toHaveBeenCalledTimes(1);
    region.remove();
  });
});
