import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ConfirmDialog } from './confirm-dialog';

/** Opened by a plain button (no Dialog.Trigger), as the detail page's Delete does. */
function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Delete
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Delete it?"
        confirmLabel="Delete now"
        onConfirm={() => {}}
      >
        <p>Gone for good.</p>
      </ConfirmDialog>
    </>
  );
}

describe('ConfirmDialog', () => {
  it.each([
    ['Escape', '{Escape}'],
    ['Cancel', null],
  ])('gives focus back to the button that opened it when closed with %s', async (_how, key) => {
    const user = userEvent.setup();
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Delete' });
    opener.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Delete it?' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    if (key) await user.keyboard(key);
    else await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});
