import * as Popover from '@radix-ui/react-popover';
import type { ReactNode } from 'react';
import { Button } from '../../components/button';
import styles from './compare-page.module.css';

/** "+ Add model" with the picker below it. Loaded by the first click, so it starts open. */
export function AddModelPopover({ children }: { children: ReactNode }) {
  return (
    <Popover.Root defaultOpen>
      <Popover.Trigger asChild>
        <Button>+ Add model</Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className={styles.popover} align="end" sideOffset={6} aria-label="Add a model">
          {children}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
