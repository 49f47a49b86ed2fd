import { useEffect, useId, useRef, useState, type ButtonHTMLAttributes, type ReactNode } from 'react';
import './confirm-dialog.css';

interface DialogProps {
  open: boolean;
  /** The question, e.g. “Close this vote?”; it names the dialog for screen readers. */
  title: string;
  /** What happens and what cannot be undone. */
  children: ReactNode;
  /** The verb on the confirming button, e.g. “Close the vote”. */
  confirmLabel: string;
  cancelLabel?: string;
  /** Destructive actions (revoke, remove) are red; irreversible but expected ones use the primary colour. */
  tone?: 'danger' | 'primary';
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The one confirmation for irreversible actions: a native modal `<dialog>`, so the browser keeps
 * focus inside it, makes the page behind inert and returns focus to the opener on close; Escape
 * cancels. Focus starts on "Go back", so an Enter pressed out of habit does not confirm.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Go back',
  tone = 'primary',
  busy = false,
  onConfirm,
  onCancel,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      // jsdom has no showModal; the open attribute is enough for component tests.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      // Back where the person was (browsers differ on doing this for a dialog opened by script).
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Escape: let React's state close it, so `open` and the element never disagree.
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="confirm-dialog-title">
            {title}
          </h2>
          {/* Focusable: a long explanation scrolls, and keyboard users must be able to scroll it. */}
          <div id={bodyId} className="confirm-dialog-body" tabIndex={0}>
            {children}
          </div>
          <div className="button-row confirm-dialog-actions">
            <button
              ref={cancelRef}
              type="button"
              className="button-secondary"
              onClick={onCancel}
              disabled={busy}
            >
              {cancelLabel}
            </button>
            <button
              type="button"
              className={tone === 'danger' ? 'button-danger' : 'button-primary'}
              onClick={onConfirm}
              disabled={busy}
            >
              {busy ? 'Working…' : confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}

type ConfirmButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'title'> & {
  /** What the button says; the dialog's own confirm button repeats `confirmLabel`. */
  children: ReactNode;
  title: string;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  /** What cannot be undone. */
  explanation: ReactNode;
  /** Runs on confirmation; the dialog stays open (busy) until it settles. */
  onConfirm: () => Promise<unknown>;
};

/** A button that asks first (see ConfirmDialog), then runs `onConfirm`. */
export function ConfirmButton({
  children,
  title,
  confirmLabel,
  tone,
  explanation,
  onConfirm,
  ...button
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" {...button} onClick={() => setAsking(true)}>
        {children}
      </button>
      <ConfirmDialog
        open={asking}
        title={title}
        confirmLabel={confirmLabel}
        tone={tone}
        busy={busy}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setBusy(true);
          // Errors belong to the caller (its mutation's error notice); the dialog just closes.
          void onConfirm()
            .catch(() => undefined)
            .finally(() => {
              setBusy(false);
              setAsking(false);
            });
        }}
      >
        {explanation}
      </ConfirmDialog>
    </>
  );
}
