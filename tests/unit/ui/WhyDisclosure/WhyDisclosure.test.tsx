// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WhyDisclosure } from '../../../../src/ui/WhyDisclosure/WhyDisclosure';

describe('WhyDisclosure', () => {
  it('is a native details element, closed until opened', async () => {
    render(<WhyDisclosure summary="Waarom vragen we dit?">Omdat het helpt.</WhyDisclosure>);
    const summary = screen.getByText('Waarom vragen we dit?');
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await userEvent.click(summary);
    expect(details).toHaveAttribute('open');
    expect(screen.getByText('Omdat het helpt.')).toBeVisible();
  });
});
