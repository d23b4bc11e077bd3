import { useId, useState } from 'react';
import { CSV_TABLES, stancesIn, tableCsv, type CsvTable } from '../../export/csv';
import { exportFilename } from '../../export/citation';
import { csvBlob, downloadBlob, downloadText } from '../../export/download';
import { useSummit } from '../../state/hooks';
import { countLabel } from '../../model/prose';
import { useFiltered } from '../../state/selectors';

const TABLE_LABELS: Record<CsvTable, string> = {
  // Every country and organisation in the dataset, non-participants (Russia, China) included.
  participants: 'Countries and organisations',
  // The dataset's records; a matrix cell without one is drawn "not stated" but has no row.
  stances: 'Recorded stances',
  events: 'Events',
};

type Scope = 'filtered' | 'all';

/** CSV of participants, stances or events (the filtered selection or everything) and the JSON dataset. */
export function DataDownloads() {
  const summit = useSummit();
  const filtered = useFiltered();
  const [scope, setScope] = useState<Scope>('filtered');
  const [saved, setSaved] = useState('');
  const name = useId();

  const counts: Record<CsvTable, [number, number]> = {
    participants: [filtered.entityIds.size, summit.entities.length],
    stances: [stancesIn(summit, filtered).length, summit.stances.length],
    events: [filtered.eventIds.size, summit.events.length],
  };

  const saveCsv = (table: CsvTable) => {
    const csv = tableCsv(table, summit, { filtered: scope === 'filtered' ? filtered : null });
    const [shown, total] = counts[table];
    const file = exportFilename(summit, `${table}-${shown === total ? 'all' : scope}`, 'csv');
    downloadBlob(csvBlob(csv), file);
    setSaved(`Saved ${file}`);
  };
  const saveJson = () => {
    const file = exportFilename(summit, 'dataset', 'json');
    downloadText(`${JSON.stringify(summit, null, 2)}\n`, file, 'application/json');
    setSaved(`Saved ${file}`);
  };

  return (
    <div className="data-downloads">
      <fieldset className="share-choice">
        <legend>Rows in the CSV files</legend>
        {(['filtered', 'all'] as const).map((value) => (
          <label key={value} className="share-choice__option">
            <input
              type="radio"
              name={name}
              value={value}
              checked={scope === value}
              onChange={() => setScope(value)}
            />
            {value === 'filtered' ? 'What the filters show' : 'Everything in the dataset'}
          </label>
        ))}
      </fieldset>
      <div className="share-actions">
        {CSV_TABLES.map((table) => {
          const [shown, total] = counts[table];
          return (
            <button key={table} type="button" className="share-button" onClick={() => saveCsv(table)}>
              {TABLE_LABELS[table]} CSV ({countLabel(scope === 'filtered' ? shown : total, 'row')})
            </button>
          );
        })}
        <button type="button" className="share-button" onClick={saveJson}>
          Whole dataset (JSON)
        </button>
      </div>
      <p className="share-note">
        UTF-8 CSV (opens in Excel with names intact); each row lists the URLs of its sources. Countries and
        organisations include those not taking part; recorded stances leave out matrix cells with no record,
        which the matrix draws as “not stated”. The JSON file is the full dataset, version{' '}
        {summit.meta.datasetVersion}.
      </p>
      <p role="status" className="share-status">
        {saved}
      </p>
    </div>
  );
}
