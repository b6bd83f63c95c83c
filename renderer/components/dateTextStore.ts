import { create } from 'zustand';

/**
 * Date fields whose text is not a date the user confirmed (typed wrong and left, the field showing
 * the date it kept). While any is on screen, nothing that uses a date may go ahead: an export, a
 * purchase, a leaving day or an assignment would otherwise carry a date the user did not type.
 */
interface DateTextState {
  wrong: ReadonlySet<string>;
  mark(field: string, wrong: boolean): void;
}

export const useDateTextStore = create<DateTextState>((set) => ({
  wrong: new Set(),
  mark(field, wrong) {
    set((state) => {
      if (state.wrong.has(field) === wrong) return state;
      const next = new Set(state.wrong);
      if (wrong) next.add(field);
      else next.delete(field);
      return { wrong: next };
    });
  },
}));

/** Whether a date field on screen holds text that is not the date it shows. */
export const useDateTextWrong = (): boolean => useDateTextStore((state) => state.wrong.size > 0);

/** The same, outside React (a submit handler); focuses the first such field so its message is read. */
export function dateTextBlocks(): boolean {
  const { wrong } = useDateTextStore.getState();
  if (wrong.size === 0) return false;
  const [first] = wrong;
  document.querySelector<HTMLInputElement>(`[data-date-field="${first}"] input`)?.focus();
  return true;
}
