import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TagInput } from '../../../renderer/components/TagInput';

function Harness({ initial = [], onKeyDownOutside }: { initial?: string[]; onKeyDownOutside?: (key: string) => void }) {
  const [tags, setTags] = useState(initial);
  return (
    <div onKeyDown={(event) => onKeyDownOutside?.(event.key)}>
      <TagInput
        label="Themes"
        value={tags}
        onChange={setTags}
        suggestions={['delivery', 'hiring', 'mentoring']}
        suggestionsLabel="Themes used before"
        removeLabel={(tag) => `Remove ${tag}`}
        max={3}
        maxLength={20}
        fullText="No more themes fit."
      />
      <output data-testid="tags">{tags.join('|')}</output>
    </div>
  );
}

describe('TagInput', () => {
  it('adds what is typed on Enter or a comma, and on leaving the box', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Themes' });
    await user.type(box, 'budgets{Enter}coaching,');
    expect(screen.getByTestId('tags').textContent).toBe('budgets|coaching');
    await user.type(box, 'delivery');
    await user.tab();
    expect(screen.getByTestId('tags').textContent).toBe('budgets|coaching|delivery');
    // Full: the box takes no more and says why.
    expect((box as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('No more themes fit.')).toBeTruthy();
  });

  it('offers the suggestions that match, chosen with the arrow keys and Enter', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['hiring']} />);
    const box = screen.getByRole('combobox', { name: 'Themes' });
    await user.type(box, 'i');
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['delivery', 'mentoring']);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: 'mentoring' }).id);
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('tags').textContent).toBe('hiring|mentoring');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes the list on Escape without letting the Escape reach the dialog around it', async () => {
    const user = userEvent.setup();
    const outside = vi.fn();
    render(<Harness onKeyDownOutside={outside} />);
    const box = screen.getByRole('combobox', { name: 'Themes' });
    await user.type(box, 'e');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(outside).not.toHaveBeenCalledWith('Escape');
    // With nothing open and nothing typed, Escape is the dialog's again.
    await user.clear(box);
    await user.keyboard('{Escape}');
    expect(outside).toHaveBeenCalledWith('Escape');
  });

  it('removes a tag with its own button', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['delivery', 'hiring']} />);
    await user.click(screen.getByRole('button', { name: 'Remove delivery' }));
    expect(screen.getByTestId('tags').textContent).toBe('hiring');
  });
});
