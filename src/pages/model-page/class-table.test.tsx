import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toClassRows } from '../../components/class-chart-data';
import { ClassTable } from './class-table';

const rows = toClassRows([
  { class: 'car', annotationType: 'box', ap: 0.8, trainingAnnotationsCount: 500, validationAnnotationsCount: 50 },
  { class: 'bus', annotationType: 'polygon', ap: 0.95, trainingAnnotationsCount: 90, validationAnnotationsCount: 9 },
  { class: 'truck', annotationType: null, ap: null, trainingAnnotationsCount: 7, validationAnnotationsCount: null },
]);

const classOrder = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('ClassTable', () => {
  it('shows every field of every class, with dashes for missing values', () => {
    render(<ClassTable rows={rows} label="Classes" />);
    const bus = screen.getByRole('row', { name: /bus/ });
    expect(
      within(bus)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['polygon', '0.950', '90', '9']);
    const truck = screen.getByRole('row', { name: /truck/ });
    expect(
      within(truck)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['—', '—', '7', '—']);
  });

  it('sorts by a header button, ascending then descending, and says so with aria-sort', async () => {
    const user = userEvent.setup();
    render(<ClassTable rows={rows} label="Classes" />);
    expect(classOrder()).toEqual(['car', 'bus', 'truck']);
    const apHeader = screen.getByRole('columnheader', { name: /^AP/ });
    expect(apHeader).toHaveAttribute('aria-sort', 'none');

    await user.click(within(apHeader).getByRole('button'));
    expect(apHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(classOrder()).toEqual(['car', 'bus', 'truck']);

    await user.click(within(apHeader).getByRole('button'));
    expect(apHeader).toHaveAttribute('aria-sort', 'descending');
    expect(classOrder()).toEqual(['bus', 'car', 'truck']);

    await user.click(screen.getByRole('button', { name: /^Class/ }));
    expect(screen.getByRole('columnheader', { name: /^Class/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(apHeader).toHaveAttribute('aria-sort', 'none');
    expect(classOrder()).toEqual(['bus', 'car', 'truck']);
  });
});
