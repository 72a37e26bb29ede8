// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BackLink } from '../../../../src/ui/BackLink/BackLink';

describe('BackLink', () => {
  it('is a plain link to the previous URL', () => {
    render(<BackLink href="/nl/">Vorige vraag</BackLink>);
    expect(screen.getByRole('link', { name: 'Vorige vraag' })).toHaveAttribute('href', '/nl/');
  });
});
