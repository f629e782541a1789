// Every page by keyboard alone (README "Keyboard and screen readers"): only
// Tab, Shift+Tab, Enter, Space, arrows, Escape and typing, never the mouse. Each control reached is
// checked for a visible focus indicator. Each test seeds a dataset of its own.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { gql, seedDataset, type SeedModel, type SeededDataset } from './fixtures';

test.describe.configure({ timeout: 120_000 });
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const META = { experiment_group: 'sweep', training_config: { epochs: 100, lr: 0.01 } };
const MODELS: SeedModel[] = Array.from({ length: 12 }, (_, i) => ({
  name: `kb-${String(i).padStart(2, '0')}`,
  pinned: i === 0,
  aps: { car: 0.5 + i / 40, person: 0.9 - i / 50, bus: 0.6 },
  meta: { ...META, seed: i },
}));

let seeded: SeededDataset;

test.beforeEach(async ({ request }) => {
  seeded = await seedDataset(request, MODELS);
  for (const name of ['kb-train-slice', 'kb-val-slice']) {
    await gql(request, 'mutation ($d: String!, $n: String!) { createSlice(datasetId: $d, name: $n) { id } }', {
      d: seeded.datasetId,
      n: name,
    });
  }
});

test.afterEach(async () => {
  await seeded.remove();
});

const base = () => `/datasets/${seeded.datasetId}`;
const idOf = (name: string) => seeded.ids[name] ?? name;

/**
 * The focus after a key press: '' when the focused element has a visible focus indicator (an outline or
 * box-shadow while it matches :focus-visible, or the outline of a control wrapping it, e.g. a chip or a
 * combobox), else what is wrong; whether it is the marked target; whether nothing is focused.
 */
function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const atTarget = element?.hasAttribute('data-keyboard-target') ?? false;
    if (!element || element === document.body) return { problem: '', atTarget, onBody: true };
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
    const describe = `${element.tagName.toLowerCase()} "${name}"`;
    const ring = (el: Element, shadows: boolean) => {
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return outline || (shadows && style.boxShadow !== 'none');
    };
    let problem = '';
    // A date-time input's calendar button is focused inside the native control, which draws its own ring.
    if (element.matches('input[type="datetime-local"]')) problem = '';
    else if (!element.matches(':focus-visible')) problem = `${describe} is focused but not :focus-visible`;
    else if (!ring(element, true)) {
      problem = `${describe} has no visible focus indicator`;
      let parent = element.parentElement;
      for (let depth = 0; parent && depth < 3; depth++, parent = parent.parentElement) {
        if (ring(parent, false)) problem = '';
      }
    }
    return { problem, atTarget, onBody: false };
  });
}

async function expectVisibleFocus(page: Page) {
  expect((await focusState(page)).problem).toBe('');
}

/**
 * Presses `key` until `target` has focus, checking the focus indicator of everything passed on the way.
 * Fails if the target cannot be reached (focus went round the page twice).
 */
async function press(page: Page, key: 'Tab' | 'Shift+Tab', target: Locator, max = 150) {
  await target.evaluate((el) => el.setAttribute('data-keyboard-target', ''));
  try {
    let wraps = 0;
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(key);
      const { problem, atTarget, onBody } = await focusState(page);
      expect(problem).toBe('');
      if (atTarget) return;
      if (onBody) wraps++;
      expect(wraps, `${String(target)} is not reachable with ${key}`).toBeLessThan(2);
    }
    throw new Error(`${String(target)} not reached within ${max} presses of ${key}`);
  } finally {
    await target.evaluate((el) => el.removeAttribute('data-keyboard-target')).catch(() => {});
  }
}

const tabTo = (page: Page, target: Locator) => press(page, 'Tab', target);
const shiftTabTo = (page: Page, target: Locator) => press(page, 'Shift+Tab', target);

/** Starts at the top of a loaded page: the skip link, then the first control of the content. */
async function skipToContent(page: Page, firstInContent: Locator) {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(firstInContent).toBeFocused();
  await expectVisibleFocus(page);
}

test('list: filters, sort, columns, selection, pin, pages and the bulk bar', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(`${base()}/models?size=10`);
  const rows = page.getByRole('table').getByRole('row').getByRole('link');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  await skipToContent(page, page.getByRole('link', { name: 'New model' }));

  // "/" jumps to the search box; Escape clears it.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search models' })).toBeFocused();
  await page.keyboard.type('kb-01');
  await expect(page).toHaveURL(/q=kb-01/);
  await expect(rows).toHaveText(['kb-01']);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/q=/);
  await expect(rows).toHaveCount(10);

  // Filter chips cycle any → must → not → any with Space and Enter.
  const pinnedChip = page.getByRole('button', { name: /^(Not )?[Pp]inned$/ });
  await tabTo(page, pinnedChip);
  await page.keyboard.press('Space');
  await expect(pinnedChip).toHaveAccessibleName('Pinned');
  await expect(pinnedChip).toHaveAttribute('aria-pressed', 'true');
  await expect(rows).toHaveText(['kb-00']);
  await page.keyboard.press('Enter');
  await expect(pinnedChip).toHaveAccessibleName('Not pinned');
  await expect(page.getByText('1–10 of 11')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(pinnedChip).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText('1–10 of 12')).toBeVisible();

  // The column menu opens with Enter, toggles with Space, closes with Escape back on its button.
  const columns = page.getByRole('button', { name: 'Columns' });
  await tabTo(page, columns);
  await page.keyboard.press('Enter');
  await expect(columns).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Baseline' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(page.getByRole('columnheader', { name: 'Baseline' })).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(page.getByRole('columnheader', { name: 'Baseline' })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(columns).toHaveAttribute('aria-expanded', 'false');
  await expect(columns).toBeFocused();

  // Sorting by a column header.
  const nameHeader = page.getByRole('columnheader', { name: 'Name' });
  await tabTo(page, nameHeader.getByRole('button'));
  await page.keyboard.press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  // The server sorts the whole list (orderBy, README "Newer-API models in the dashboard"), not only the
  // loaded page of the 10 newest: kb-00 and kb-01 come first although they are older.
  await expect(rows.first()).toHaveText('kb-00');
  await page.keyboard.press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).toHaveText('kb-11');
  await page.keyboard.press('Enter');

  // Row selection with Space.
  for (const name of ['kb-02', 'kb-03']) {
    await tabTo(page, page.getByRole('checkbox', { name: `Select ${name}` }));
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: `Select ${name}` })).toBeChecked();
  }
  await expect(page.getByRole('group', { name: 'Bulk actions' })).toContainText('2 selected');

  // Pin and unpin a row.
  const pin = page.getByRole('button', { name: /^(Pin|Unpin) kb-04$/ });
  await tabTo(page, pin);
  const pinned = page.waitForResponse((r) => !!r.request().postData()?.includes('PinModel'));
  await page.keyboard.press('Enter');
  await pinned;
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  const unpinned = page.waitForResponse((r) => !!r.request().postData()?.includes('UnpinModel'));
  await page.keyboard.press('Space');
  await unpinned;
  await expect(pin).toHaveAttribute('aria-pressed', 'false');

  // Pages: Next, then back with Previous.
  await tabTo(page, page.getByRole('button', { name: 'Next page' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('11–12 of 12')).toBeVisible();
  await shiftTabTo(page, page.getByRole('button', { name: 'Previous page' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('1–10 of 12')).toBeVisible();

  // The bulk bar: Delete opens a dialog that keeps focus inside and gives it back on Escape.
  const bulkDelete = page.getByRole('group', { name: 'Bulk actions' }).getByRole('button', { name: 'Delete' });
  await shiftTabTo(page, bulkDelete);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete 2 models?' });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(bulkDelete).toBeFocused();

  // Compare opens the selected models.
  await shiftTabTo(page, page.getByRole('button', { name: 'Compare' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${base()}/compare?ids=${idOf('kb-02')},${idOf('kb-03')}`);
});

/** The key that moves a closed select from `current` to a neighbouring option, and that option's value. */
function neighbourOption(options: string[], current: string) {
  const index = options.indexOf(current);
  return index > 0 ? { key: 'ArrowUp', value: options[index - 1] } : { key: 'ArrowDown', value: options[index + 1] };
}

test('list: Enter on a row opens the model; the dataset switcher changes dataset with the arrow keys', async ({
  page,
}) => {
  await page.goto(`${base()}/models`);
  const firstRow = page.getByRole('table').getByRole('row').filter({ hasText: 'kb-' }).first();
  await expect(firstRow).toBeVisible({ timeout: 30_000 });
  const name = (await firstRow.getByRole('link').textContent()) ?? '';
  await tabTo(page, firstRow);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await page.goto(`${base()}/models`);
  await expect(firstRow).toBeVisible({ timeout: 30_000 });
  const switcher = page.getByRole('combobox', { name: 'Dataset' });
  await tabTo(page, switcher);
  const options = await switcher
    .locator('option')
    .evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
  const { key, value: other } = neighbourOption(options, seeded.datasetId);
  await page.keyboard.press(key);
  await expect(page).toHaveURL(`/datasets/${other}/models`);
});

test('detail: pin, dialogs, chart and table controls, exports, metadata and Compare with…', async ({ page }) => {
  await page.goto(`${base()}/models/${idOf('kb-05')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'kb-05' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible({ timeout: 30_000 });
  await skipToContent(page, page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Models' }));

  const pin = page.getByRole('button', { name: /^(Pin|Unpin) kb-05$/ });
  await tabTo(page, pin);
  await page.keyboard.press('Space');
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await expect(pin).toHaveAttribute('aria-pressed', 'false');

  // "Compare with…" opens a dialog; Escape closes it and focus is back on its button.
  const compareWith = page.getByRole('button', { name: 'Compare with…' });
  await tabTo(page, compareWith);
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Compare kb-05 with…' });
  await expect(picker.getByRole('searchbox', { name: 'Search models by name' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  await expect(compareWith).toBeFocused();

  // Delete asks first; Escape keeps the model and gives focus back to Delete.
  const remove = page.getByRole('button', { name: 'Delete', exact: true });
  await tabTo(page, remove);
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Delete kb-05?' });
  await expect(confirm).toBeVisible();
  await expectVisibleFocus(page);
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(remove).toBeFocused();

  // The chart's sort, its exports and its data table.
  const chartSort = page.getByLabel('Sort classes by');
  await tabTo(page, chartSort);
  const sortBefore = await chartSort.inputValue();
  await page.keyboard.press('ArrowDown');
  await expect(chartSort).not.toHaveValue(sortBefore);
  for (const format of ['PNG', 'SVG']) {
    await tabTo(page, page.getByRole('button', { name: `Download Average precision (AP) per class as ${format}` }));
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
  }
  const dataTable = page.getByRole('button', { name: 'Show data table' }).first();
  await tabTo(page, dataTable);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide data table' }).first()).toHaveAttribute('aria-expanded', 'true');

  // Classes: CSV export and a sortable header.
  await tabTo(page, page.getByRole('button', { name: 'Download CSV' }));
  const csv = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
  const classes = page.getByRole('table', { name: 'Classes of kb-05' });
  const apHeader = classes.getByRole('columnheader', { name: 'AP' });
  await tabTo(page, apHeader.getByRole('button'));
  await page.keyboard.press('Enter');
  await expect(apHeader).not.toHaveAttribute('aria-sort', 'none');

  // Metadata: raw JSON and back, then a tree node collapses with Enter.
  await tabTo(page, page.getByRole('button', { name: 'Raw JSON' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('meta as raw JSON')).toBeVisible();
  await shiftTabTo(page, page.getByRole('button', { name: 'Tree' }));
  await page.keyboard.press('Enter');
  const node = page.getByRole('button', { name: /training_config/ }).first();
  await tabTo(page, node);
  const expanded = await node.getAttribute('aria-expanded');
  await page.keyboard.press('Enter');
  await expect(node).not.toHaveAttribute('aria-expanded', expanded ?? '');

  // Compare with another model, all by keyboard.
  await shiftTabTo(page, compareWith);
  await page.keyboard.press('Space');
  await expect(picker).toBeVisible();
  await page.keyboard.type('kb-06');
  const candidate = picker.getByRole('checkbox', { name: 'kb-06' });
  await tabTo(page, candidate);
  await page.keyboard.press('Space');
  await expect(candidate).toBeChecked();
  await tabTo(page, picker.getByRole('button', { name: 'Compare 2 models' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${base()}/compare?ids=${idOf('kb-05')},${idOf('kb-06')}`);
});

test('create form: fields, validation and fixing it, slices, class rows and paste, then submit', async ({
  page,
  request,
}) => {
  await page.goto(`${base()}/models/new`);
  const name = page.getByLabel('Name', { exact: true });
  await expect(name).toBeVisible({ timeout: 30_000 });
  await skipToContent(page, page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Models' }));
  await page.keyboard.press('Tab');
  await expect(name).toBeFocused();

  // Submitting the empty form moves focus to the first invalid field.
  const submit = page.getByRole('button', { name: 'Create model' });
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expectVisibleFocus(page);

  await page.keyboard.type('kb-created');
  await page.keyboard.press('Tab');
  await page.keyboard.type('yolov8n');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Made by keyboard');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Pinned' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Pinned' })).toBeChecked();

  // Slices: a combobox; type, pick with Enter; "New slice…" opens a dialog that Escape closes.
  await page.keyboard.press('Tab');
  const training = page.getByRole('combobox', { name: 'Training slices' });
  await expect(training).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('kb-train');
  await expect(page.getByRole('option', { name: 'kb-train-slice' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Selected for training' })).toContainText('kb-train-slice');
  await page.keyboard.press('Escape');
  await page.keyboard.type('brand-new');
  await page.keyboard.press('Enter');
  const newSlice = page.getByRole('dialog', { name: 'New slice' });
  await expect(newSlice.getByLabel('Slice name')).toHaveValue('brand-new');
  await page.keyboard.press('Escape');
  await expect(newSlice).toHaveCount(0);
  await expect(training).toBeFocused();
  // ArrowDown opens the list; typing narrows it.
  const validation = page.getByRole('combobox', { name: 'Validation slices' });
  await tabTo(page, validation);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'kb-train-slice' })).toBeVisible();
  await page.keyboard.type('kb-val');
  await expect(page.getByRole('option', { name: 'kb-train-slice' })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Selected for validation' })).toContainText('kb-val-slice');
  await page.keyboard.press('Escape');

  // Trained, then the class rows: add, fill (with an AP out of range), remove.
  await tabTo(page, page.getByRole('checkbox', { name: 'Trained' }));
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Trained at')).not.toHaveValue('');
  await tabTo(page, page.getByRole('button', { name: 'Add class' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Class 1', { exact: true })).toBeFocused();
  await page.keyboard.type('car');
  await page.keyboard.press('Tab');
  await page.keyboard.type('box');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1.5');
  await expectVisibleFocus(page);
  await tabTo(page, page.getByRole('button', { name: 'Add class' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Class 2', { exact: true })).toBeFocused();
  await page.keyboard.type('truck');
  await tabTo(page, page.getByRole('button', { name: 'Remove row 2' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Class 2', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Class 1', { exact: true })).toBeFocused();

  // Paste CSV: a dialog; adding closes it and focus is back on its button.
  const paste = page.getByRole('button', { name: 'Paste CSV…' });
  await shiftTabTo(page, paste);
  await page.keyboard.press('Enter');
  const csvDialog = page.getByRole('dialog', { name: 'Paste classes' });
  await expect(csvDialog.getByLabel('CSV or TSV')).toBeFocused();
  await page.keyboard.type('person,polygon,0.74,860,210');
  await tabTo(page, csvDialog.getByRole('button', { name: 'Add 1 class' }));
  await page.keyboard.press('Enter');
  await expect(csvDialog).toHaveCount(0);
  await expect(paste).toBeFocused();
  await expect(page.getByLabel('Class 2', { exact: true })).toHaveValue('person');

  // The AP out of range stops the submit and gets focus; fixing it lets the form through.
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  const ap = page.getByLabel('AP 1', { exact: true });
  await expect(ap).toBeFocused();
  await expect(ap).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/between 0 and 1/).first()).toBeVisible();
  await expectVisibleFocus(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0.85');
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'kb-created' })).toBeVisible({ timeout: 30_000 });

  const { models } = await gql<{
    models: {
      models: Array<{ name: string; isPinned: boolean; trainingClasses: Array<{ class: string; ap: number | null }> }>;
    };
  }>(
    request,
    'query ($d: ID!) { models(datasetId: $d, length: 50) { models { name isPinned trainingClasses { class ap } } } }',
    {
      d: seeded.datasetId,
    },
  );
  const created = models.models.find((m) => m.name === 'kb-created');
  expect(created?.isPinned).toBe(true);
  expect(created?.trainingClasses.map((c) => [c.class, c.ap])).toEqual([
    ['car', 0.85],
    ['person', 0.74],
  ]);
});

test('edit form: leaving with changes asks first (Escape stays), then Save changes', async ({ page }) => {
  await page.goto(`${base()}/models/${idOf('kb-07')}/edit`);
  const description = page.getByLabel('Description');
  await expect(description).toBeVisible({ timeout: 30_000 });
  const crumb = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Models' });
  await skipToContent(page, crumb);

  await tabTo(page, description);
  await page.keyboard.type('Edited by keyboard');
  await shiftTabTo(page, crumb);
  await page.keyboard.press('Enter');
  const discard = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await expect(discard).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(discard).toHaveCount(0);
  await expect(crumb).toBeFocused();
  await expect(page).toHaveURL(/\/edit$/);

  await tabTo(page, page.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'kb-07' })).toBeVisible({ timeout: 30_000 });
  // Exact: the History section also names the change.
  await expect(page.getByText('Edited by keyboard', { exact: true })).toBeVisible();
});

test('compare: baseline, add and remove models, sort, threshold, exports and copy link', async ({ page }) => {
  const ids = ['kb-01', 'kb-02', 'kb-03'].map(idOf);
  await page.goto(`${base()}/compare?ids=${ids.join(',')}`);
  await expect(page.getByRole('region', { name: 'Per-class AP comparison' })).toBeVisible({ timeout: 30_000 });
  await skipToContent(page, page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Models' }));

  // The baseline select follows the arrow keys.
  const baseline = page.getByLabel('Baseline');
  await tabTo(page, baseline);
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(new RegExp(`baseline=${idOf('kb-02')}`));

  // "+ Add model": a popover with the search focused; add one, Escape closes it back on its button.
  const add = page.getByRole('button', { name: '+ Add model' });
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  const search = page.getByRole('dialog', { name: 'Add a model' }).getByRole('searchbox', { name: 'Search models' });
  await expect(search).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('kb-04');
  await expect(page.getByRole('button', { name: 'Add kb-04' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Add kb-04' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`ids=${[...ids, idOf('kb-04')].join(',')}`));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Add a model' })).toHaveCount(0);
  await expect(add).toBeFocused();

  // Copy link puts the page's URL on the clipboard.
  await tabTo(page, page.getByRole('button', { name: 'Copy link' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  // Removing a model from its chip.
  await tabTo(page, page.getByRole('button', { name: 'Remove kb-04' }));
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(new RegExp(idOf('kb-04')));

  // Sort, order and threshold.
  const sort = page.getByLabel('Sort classes by');
  await tabTo(page, sort);
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/sort=/);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Order')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  const threshold = page.getByLabel('Only classes where models differ by more than');
  await expect(threshold).toBeFocused();
  await page.keyboard.type('0.01');
  await expect(page).toHaveURL(/threshold=0\.01/);
  await page.keyboard.press('ArrowUp');
  await expect(threshold).toHaveValue('0.02');
  await expect(page).toHaveURL(/threshold=0\.02/);

  // Exports.
  for (const [button, extension] of [
    ['Download AP per class as PNG', 'png'],
    ['Download AP per class as SVG', 'svg'],
    ['Download CSV', 'csv'],
  ] as const) {
    await tabTo(page, page.getByRole('button', { name: button }));
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`));
  }

  // The table scrolls by keyboard; the metadata diff filters with Space.
  await tabTo(page, page.getByRole('region', { name: 'Per-class AP comparison' }));
  const differences = page.getByRole('checkbox', { name: 'Differences only' });
  await tabTo(page, differences);
  const checked = await differences.isChecked();
  await page.keyboard.press('Space');
  await expect(differences).toBeChecked({ checked: !checked });
});
