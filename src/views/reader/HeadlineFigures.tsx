import { useMemo } from 'react';
import type { Attendance, PledgeStatus } from '../../data/schema';
import { ATTENDANCE_LABELS, PLEDGE_LABELS } from '../../model/labels';
import { participationCounts, pledgeCounts, reportedFigures } from '../../model/overview';
import { sourcesFor } from '../../model/sourcesFor';
import { useSummit } from '../../state/hooks';
import { SourceLinks } from './SourceLinks';

// In the words of the filters and the map's key, so a reader can match a count to its colour.
const ATTENDANCE_ROWS: readonly Attendance[] = ['in-person', 'video', 'partial', 'absent', 'unknown'];
const attendanceLabel = (a: Attendance) =>
  a === 'unknown' ? 'Attendance unconfirmed' : ATTENDANCE_LABELS[a];

const PLEDGE_ROWS: readonly PledgeStatus[] = [
  'ready-to-deploy',
  'non-troop-support',
  'undecided',
  'rules-out-troops',
  'undisclosed',
  'not-applicable',
];

/** The figures as sources reported them, with what the dataset itself can confirm beside them. */
export function HeadlineFigures() {
  const summit = useSummit();
  const figures = useMemo(() => reportedFigures(summit.meta), [summit]);
  const counts = useMemo(() => participationCounts(summit), [summit]);
  const pledges = useMemo(() => pledgeCounts(summit), [summit]);
  const reported = (key: string) => figures.find((f) => f.key === key);
  const participants = reported('participants');
  const pledged = reported('pledgedCountries');
  const others = figures.filter((f) => f.key !== 'participants' && f.key !== 'pledgedCountries');

  return (
    <div className="reader-figures">
      <article className="reader-figure" aria-labelledby="figure-participants">
        <h4 id="figure-participants">Participants</h4>
        {participants && (
          <>
            <p className="reader-figure__reported">
              <span className="reader-figure__value">{participants.value}</span> as reported
            </p>
            <SourceLinks sources={sourcesFor(summit, participants.sourceIds)} label="Reported by" />
          </>
        )}
        <p className="reader-figure__dataset">
          <span className="reader-figure__value">{counts.participants}</span> in this dataset (
          {counts.countries} {counts.countries === 1 ? 'country' : 'countries'}, {counts.organisations}{' '}
          {counts.organisations === 1 ? 'organisation' : 'organisations'})
        </p>
        <ul className="reader-figure__list">
          {ATTENDANCE_ROWS.filter((a) => counts.byAttendance[a] > 0).map((a) => (
            <li key={a}>
              {attendanceLabel(a)}: <strong>{counts.byAttendance[a]}</strong>
            </li>
          ))}
        </ul>
      </article>
      <article className="reader-figure" aria-labelledby="figure-pledges">
        <h4 id="figure-pledges">Countries committed to the force</h4>
        {pledged && (
          <>
            <p className="reader-figure__reported">
              <span className="reader-figure__value">{pledged.value}</span> as reported
            </p>
            <SourceLinks sources={sourcesFor(summit, pledged.sourceIds)} label="Reported by" />
          </>
        )}
        <p className="reader-figure__dataset">Public pledges in this dataset:</p>
        <ul className="reader-figure__list">
          {PLEDGE_ROWS.map((status) => {
            const row = pledges.find((p) => p.status === status);
            if (!row || row.count === 0) return null;
            return (
              <li key={status}>
                {PLEDGE_LABELS[status]}: <strong>{row.count}</strong>
                {row.lowConfidence > 0 && <> ({row.lowConfidence} on low-confidence evidence)</>}
              </li>
            );
          })}
        </ul>
      </article>
      {others.map((f) => (
        <article className="reader-figure" key={f.key} aria-labelledby={`figure-${f.key}`}>
          <h4 id={`figure-${f.key}`}>{f.label}</h4>
          <p className="reader-figure__reported">
            <span className="reader-figure__value">{f.value}</span> as reported
          </p>
          <SourceLinks sources={sourcesFor(summit, f.sourceIds)} label="Reported by" />
        </article>
      ))}
    </div>
  );
}
