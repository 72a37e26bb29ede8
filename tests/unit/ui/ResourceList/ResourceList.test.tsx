// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadFlowDir, makeI18n, withI18n } from '../../../fixtures/wizard/harness';
import { ResourceList } from '../../../../src/ui/ResourceList/ResourceList';

const { flow, texts } = loadFlowDir();
const guide = flow.resources['handreiking-depolarisatie']!;

describe('ResourceList', () => {
  it('shows title as a link and the description; says "(in Dutch)" in English for a Dutch-only page', async () => {
    const t = await makeI18n(texts, 'en');
    render(withI18n(t.i18n, <ResourceList resources={[guide]} lang="en" title="Guides and tools" />));
    expect(screen.getByRole('heading', { level: 2, name: 'Guides and tools' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Guide: Understanding (de)polarisation' })).toHaveAttribute(
      'href',
      guide.url,
    );
    expect(screen.getByText('(in Dutch)')).toBeInTheDocument();
    expect(screen.getByText('How polarisation works and how to deal with it.')).toBeInTheDocument();
  });

  it('does not say "(in Dutch)" in Dutch', async () => {
    const t = await makeI18n(texts, 'nl');
    render(withI18n(t.i18n, <ResourceList resources={[guide]} lang="nl" title="Hulpmiddelen" />));
    expect(screen.queryByText(/in het Nederlands/)).toBeNull();
  });

  it('renders nothing without resources', async () => {
    const t = await makeI18n(texts, 'nl');
    const { container } = render(withI18n(t.i18n, <ResourceList resources={[]} lang="nl" title="x" />));
    expect(container).toBeEmptyDOMElement();
  });
});
