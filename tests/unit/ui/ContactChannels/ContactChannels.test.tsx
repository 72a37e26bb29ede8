// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ContactChannels } from '../../../../src/ui/ContactChannels/ContactChannels';
import { flowWithContacts, setUp, TEST_CONTACTS } from '../ContactCard/test-support';

const flow = flowWithContacts(TEST_CONTACTS);

afterEach(cleanup);

describe('ContactChannels', () => {
  it('lists phone, e-mail and website with their labels, in that order', () => {
    const { renderWith, keyed, missing } = setUp(flow, 'nl');
    renderWith(<ContactChannels contact={keyed.contacts.lijn!} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Telefoon: 088 20 80 080',
      'E-mail: info@example.nl',
      'Website: landelijksteunpuntextremisme.nl',
    ]);
    expect(screen.getByRole('link', { name: '088 20 80 080' })).toHaveAttribute('href', 'tel:+31882080080');
    expect(screen.getByRole('link', { name: 'info@example.nl' })).toHaveAttribute('href', 'mailto:info@example.nl');
    expect(missing).toEqual([]);
  });

  it('leaves the phone out where a call button shows it, and says "(in Dutch)" on an English page', () => {
    const { renderWith, keyed } = setUp(flow, 'en');
    renderWith(<ContactChannels contact={keyed.contacts.lijn!} phone={false} />);
    expect(screen.queryByRole('link', { name: '088 20 80 080' })).toBeNull();
    expect(screen.getByRole('list')).not.toHaveTextContent('Phone');
    expect(screen.getByRole('link', { name: 'landelijksteunpuntextremisme.nl (in Dutch)' })).toHaveAttribute(
      'hreflang',
      'nl',
    );
  });

  it('renders nothing when the data holds none of the three', () => {
    const { renderWith, keyed } = setUp(flow, 'nl');
    const { container } = renderWith(<ContactChannels contact={keyed.contacts.alarm!} phone={false} />);
    expect(container).toBeEmptyDOMElement();
  });
});
