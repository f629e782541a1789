import { expect, test } from '@playwright/test';

test('the dashboard opens on the first demo dataset with its models', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/datasets\/[^/]+\/models$/);
  await expect(page.getByRole('link', { name: 'Model Catalog' })).toBeVisible();
  const switcher = page.getByRole('combobox', { name: 'Dataset' });
  await expect(switcher.locator('option')).toHaveCount(2);
  await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
});
