import { useCombobox, useMultipleSelection } from 'downshift';
import { useMemo, useState, type ChangeEvent, type KeyboardEvent, type Ref } from 'react';
import type { Slice } from '../../api/slices';
import { formatCount } from '../format';
import styles from './slice-picker.module.css';
import { rankByName } from './slice-match';

type Option = { kind: 'slice'; slice: Slice } | { kind: 'create' };

export interface SliceOptions {
  slices: readonly Slice[];
  status: 'pending' | 'error' | 'success';
  onRetry: () => void;
}

interface SlicePickerProps {
  id: string;
  label: string;
  /** "training" or "validation": names the picker's parts without repeating its label (one element per label). */
  purpose: string;
  options: SliceOptions;
  value: string[];
  onChange: (ids: string[]) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
  /** aria-invalid / aria-describedby for the input. */
  aria: { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
  /** "New slice…" was chosen; `search` is what the user had typed. */
  onNewSlice: (search: string) => void;
}

const { stateChangeTypes: comboboxChanges } = useCombobox;
const { stateChangeTypes: selectionChanges } = useMultipleSelection;

/** Multi-select combobox over the dataset's slices, with search and an inline "New slice…" action. */
export function SlicePicker({
  id,
  label,
  purpose,
  options,
  value,
  onChange,
  onBlur,
  inputRef,
  aria,
  onNewSlice,
}: SlicePickerProps) {
  const [search, setSearch] = useState('');
  const byId = useMemo(() => new Map(options.slices.map((s) => [s.id, s])), [options.slices]);
  const query = search.trim();
  const unselected = options.slices.filter((s) => !value.includes(s.id));
  const matches = rankByName(unselected, query);
  const items: Option[] = [...matches.map((slice) => ({ kind: 'slice' as const, slice })), { kind: 'create' }];
  // The best match is highlighted, so Enter picks it. "New slice…" is never highlighted by typing (only by
  // arrow keys or the pointer), so Enter on a partial name picks a slice rather than opening the dialog.
  const firstMatch = matches.length > 0 ? 0 : -1;

  const { getSelectedItemProps, getDropdownProps, removeSelectedItem } = useMultipleSelection<string>({
    selectedItems: value,
    onStateChange({ selectedItems, type }) {
      switch (type) {
        case selectionChanges.SelectedItemKeyDownBackspace:
        case selectionChanges.SelectedItemKeyDownDelete:
        case selectionChanges.DropdownKeyDownBackspace:
        case selectionChanges.FunctionRemoveSelectedItem:
          onChange(selectedItems ?? []);
      }
    },
  });

  const {
    isOpen,
    closeMenu,
    getLabelProps,
    getMenuProps,
    getInputProps,
    getToggleButtonProps,
    getItemProps,
    highlightedIndex,
  } = useCombobox<Option>({
    items,
    inputId: id,
    itemToString: (item) => (item?.kind === 'slice' ? item.slice.name : ''),
    itemToKey: (item) => (item?.kind === 'slice' ? item.slice.id : item?.kind),
    defaultHighlightedIndex: firstMatch,
    selectedItem: null,
    inputValue: search,
    stateReducer(state, { changes, type }) {
      switch (type) {
        case comboboxChanges.InputKeyDownEnter:
        case comboboxChanges.ItemClick:
          // Nothing highlighted: nothing happens. Keep the list open to pick several; "New slice…" closes it for the dialog.
          if (!changes.selectedItem) return state;
          if (changes.selectedItem.kind === 'create') return { ...changes, isOpen: false, inputValue: '' };
          return {
            ...changes,
            isOpen: true,
            // The same row again, among the slices left once the picked one leaves the list.
            highlightedIndex: Math.min(state.highlightedIndex, unselected.length - 2),
            inputValue: '',
          };
        case comboboxChanges.InputChange:
          // Downshift highlights by the list of the render before the text changed: take the new best match.
          return {
            ...changes,
            highlightedIndex: rankByName(unselected, changes.inputValue ?? '').length > 0 ? 0 : -1,
          };
        case comboboxChanges.InputBlur:
          // Leaving the field never picks the highlighted slice.
          return { ...changes, selectedItem: state.selectedItem, inputValue: '' };
        default:
          return changes;
      }
    },
    onStateChange({ type, selectedItem }) {
      switch (type) {
        case comboboxChanges.InputKeyDownEnter:
        case comboboxChanges.ItemClick:
          if (!selectedItem) break;
          if (selectedItem.kind === 'slice') onChange([...value, selectedItem.slice.id]);
          else onNewSlice(search.trim());
          setSearch('');
          break;
        case comboboxChanges.InputBlur:
          setSearch('');
          break;
      }
    },
  });

  const nameOf = (sliceId: string) => byId.get(sliceId)?.name ?? sliceId;
  const labelProps = getLabelProps();

  return (
    <div className={styles.picker}>
      <label {...labelProps} className={styles.label}>
        {label}
      </label>
      <div className={styles.control} data-invalid={aria['aria-invalid'] ? '' : undefined}>
        {value.length > 0 && (
          <ul className={styles.chips} aria-label={`Selected for ${purpose}`}>
            {value.map((sliceId, index) => (
              <li key={sliceId} className={styles.chip} {...getSelectedItemProps({ selectedItem: sliceId, index })}>
                <span className={styles.chipName}>{nameOf(sliceId)}</span>
                <button
                  type="button"
                  className={styles.chipRemove}
                  aria-label={`Remove ${nameOf(sliceId)} from ${purpose}`}
                  onClick={(event) => {
                    event.stopPropagation();
                    removeSelectedItem(sliceId);
                  }}
                >
                  <span aria-hidden>×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          className={styles.input}
          placeholder={value.length > 0 ? 'Add another…' : 'Search slices…'}
          {...getInputProps({
            ...getDropdownProps({ preventKeyAction: isOpen, ref: inputRef }),
            // Downshift reports typing from an effect, a render late: set the (controlled) text in the
            // event itself, or fast typing loses characters.
            onChange: (event: ChangeEvent<HTMLInputElement>) => setSearch(event.target.value),
            // Enter with nothing highlighted never submits the whole form. Text that matches no slice offers to
            // create it: the New slice dialog opens with the text, to confirm or cancel.
            onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
              if (event.key !== 'Enter' || !isOpen || highlightedIndex >= 0) return;
              event.preventDefault();
              if (query === '' || matches.length > 0) return;
              closeMenu();
              setSearch('');
              onNewSlice(query);
            },
            onBlur,
            ...aria,
          })}
        />
        <button
          type="button"
          className={styles.toggle}
          aria-label={`Show slices for ${purpose}`}
          {...getToggleButtonProps()}
        >
          <span aria-hidden>▾</span>
        </button>
      </div>
      {/* Below the field, not in the list: leaving the field (a click, a Tab) closes the list. */}
      {options.status === 'error' && (
        <p className={styles.loadError}>
          Could not load the slices.{' '}
          <button type="button" className={styles.linkButton} onClick={options.onRetry}>
            Retry
          </button>
        </p>
      )}
      <div className={styles.popup} hidden={!isOpen}>
        {isOpen && options.status === 'pending' && <p className={styles.note}>Loading slices…</p>}
        {isOpen && options.status === 'success' && matches.length === 0 && (
          <p className={styles.note}>
            {options.slices.length === 0
              ? 'This dataset has no slices yet.'
              : query
                ? `No slice matches “${search.trim()}”.`
                : 'Every slice is already selected.'}
          </p>
        )}
        <ul className={styles.menu} {...getMenuProps({ 'aria-label': `Slices for ${purpose}` })}>
          {isOpen &&
            items.map((item, index) => (
              <li
                key={item.kind === 'slice' ? item.slice.id : 'create'}
                className={[
                  styles.option,
                  item.kind === 'create' ? styles.create : '',
                  highlightedIndex === index ? styles.highlighted : '',
                ].join(' ')}
                {...getItemProps({ item, index })}
              >
                {item.kind === 'slice' ? (
                  <>
                    <span>{item.slice.name}</span>
                    {item.slice.dataCount != null && (
                      <span className={styles.count} aria-hidden>
                        {formatCount(item.slice.dataCount)} items
                      </span>
                    )}
                  </>
                ) : (
                  <span>
                    <span aria-hidden className={styles.plus}>
                      +{' '}
                    </span>
                    New slice…
                  </span>
                )}
              </li>
            ))}
        </ul>
      </div>
    </div>
  );
}
