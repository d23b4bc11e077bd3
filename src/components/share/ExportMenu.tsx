import { memo, useEffect, useId, useRef, useState } from 'react';
import type { ExportFormat } from '../../export/saveView';
import { VIEW_TITLES, type ViewName } from '../../state/viewNames';
import { useAppStoreApi, useSummit } from '../../state/hooks';
import { pickFilters } from '../../state/paintedFilters';
import { filteredFor } from '../../state/selectors';
import { currentViewUrl } from './viewUrl';
import './share.css';

const VIEW_TABLE: Record<ViewName, string> = {
  map: 'countries and organisations',
  matrix: 'recorded stances',
  timeline: 'events',
};

/**
 * A view's "Download" button: SVG and PNG images of the view as shown (with title, date, source line
 * and dataset version), and a CSV of the rows it shows. Put it in the view's header.
 */
export const ExportMenu = memo(function ExportMenu({ view }: { view: ViewName }) {
  const summit = useSummit();
  const store = useAppStoreApi();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const clearTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const label = VIEW_TITLES[view];

  useEffect(() => () => clearTimeout(clearTimer.current), []);
  /** Success fades after a few seconds (it has been announced); errors stay until the next try. */
  const done = (file: string) => {
    setStatus(`Saved ${file}`);
    clearTimeout(clearTimer.current);
    clearTimer.current = setTimeout(() => setStatus(''), 8000);
  };

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const save = async (format: ExportFormat) => {
    setOpen(false);
    buttonRef.current?.focus();
    clearTimeout(clearTimer.current);
    setStatus(`Preparing the ${format.toUpperCase()}…`);
    try {
      const { saveView } = await import('../../export/saveView');
      // Read at save time: a subscription here re-rendered three menus on every filter change.
      const state = store.getState();
      const filters = pickFilters(state);
      const filtered = filteredFor(summit, filters);
      const { sort, sortRef } = state;
      const url = currentViewUrl(store);
      done(await saveView(view, format, { summit, filtered, filters, sort, sortRef, url }));
    } catch (error) {
      setStatus(
        `Could not save the ${format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  return (
    <div
      className="export-menu"
      ref={rootRef}
      onBlur={(e) => {
        if (open && !rootRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="share-button export-menu__trigger"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={`Download the ${label.toLowerCase()}`}
        onClick={() => setOpen((o) => !o)}
      >
        Download
      </button>
      <ul className="export-menu__list" id={listId} hidden={!open}>
        <li>
          <button type="button" className="share-button" onClick={() => void save('svg')}>
            SVG image
          </button>
        </li>
        <li>
          <button type="button" className="share-button" onClick={() => void save('png')}>
            PNG image (2×)
          </button>
        </li>
        <li>
          <button type="button" className="share-button" onClick={() => void save('csv')}>
            CSV data ({VIEW_TABLE[view]} shown)
          </button>
        </li>
      </ul>
      <span role="status" className="export-menu__status">
        {status}
      </span>
    </div>
  );
});
