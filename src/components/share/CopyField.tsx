import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useCopy } from './useCopy';

interface CopyFieldProps {
  /** Names the text field, e.g. "Citation". */
  label: string;
  value: string;
  buttonLabel: string;
  /** Announced in the live region, e.g. "Link copied". */
  copiedMessage: string;
  /** Show the text always (citation, snippets), or only when the clipboard fails (the link). */
  alwaysShow?: boolean;
  rows?: number;
  /** More buttons on the same row, e.g. the native share button. */
  children?: ReactNode;
}

/**
 * A copy button with a live status, and the text in a read-only field to select by hand when the
 * clipboard is not available (older browsers, http pages, some embeds).
 */
export function CopyField({
  label,
  value,
  buttonLabel,
  copiedMessage,
  alwaysShow = false,
  rows = 3,
  children,
}: CopyFieldProps) {
  const { status, copy } = useCopy();
  const fieldId = useId();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const showField = alwaysShow || status === 'failed';

  useEffect(() => {
    if (status !== 'failed') return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [status]);

  return (
    <div className="copy-field">
      {showField && (
        <>
          <label className="copy-field__label" htmlFor={fieldId}>
            {label}
          </label>
          <textarea
            ref={fieldRef}
            id={fieldId}
            className="copy-field__text"
            readOnly
            rows={rows}
            value={value}
            onFocus={(e) => e.currentTarget.select()}
          />
        </>
      )}
      <div className="copy-field__row">
        <button type="button" className="share-button" onClick={() => void copy(value)}>
          {buttonLabel}
        </button>
        {children}
        <span role="status" className="copy-field__status">
          {status === 'copied' && copiedMessage}
          {status === 'failed' &&
            'Copying is not available here: the text is selected, press Ctrl+C (⌘C) to copy it.'}
        </span>
      </div>
    </div>
  );
}
