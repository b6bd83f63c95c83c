import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Keeps an add/edit dialog from throwing a changed form away at Esc, a click beside it or Cancel:
 * it closes at once when nothing was entered, and asks first when something was.
 */
export interface CloseGuard {
  asking: boolean;
  /** Whether the form differs from what the dialog opened with (the form says so after each change). */
  report(changed: boolean): void;
  /** Close if nothing was entered, otherwise ask. */
  request(): void;
  keepEditing(): void;
  discard(): void;
}

export function useCloseGuard(close: () => void): CloseGuard {
  const changed = useRef(false);
  // Where focus was when the question came up: "Keep editing" puts it back there, inside the dialog.
  const before = useRef<HTMLElement | null>(null);
  const [asking, setAsking] = useState(false);
  const report = useCallback((value: boolean) => {
    changed.current = value;
  }, []);
  return {
    asking,
    report,
    request: () => {
      if (!changed.current) return close();
      if (!asking) before.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setAsking(true);
    },
    keepEditing: () => {
      setAsking(false);
      const element = before.current;
      requestAnimationFrame(() => element?.focus());
    },
    discard: () => {
      setAsking(false);
      changed.current = false;
      close();
    },
  };
}

/** The question, inside the dialog: "Keep editing" has focus, so Enter or a second Esc loses nothing. */
export function DiscardChangesBar({ guard, className }: { guard: CloseGuard; className?: string }) {
  const { t } = useTranslation();
  if (!guard.asking) return null;
  return (
    <MessageBar intent="warning" layout="multiline" className={className} data-testid="discard-changes">
      <MessageBarBody>{t('common.discardQuestion')}</MessageBarBody>
      <MessageBarActions>
        {/* The question appears because of a key press or a click: focus goes to the safe answer. */}
        <Button appearance="primary" onClick={guard.keepEditing} autoFocus data-testid="discard-keep">
          {t('common.keepEditing')}
        </Button>
        <Button onClick={guard.discard} data-testid="discard-confirm">
          {t('common.discardChanges')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
