import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppShell } from '../../src/app/AppShell';
import { renderWithStore, stubEmptyWorld } from '../helpers/renderWithStore';

const region = (name: string) => screen.getByRole('region', { name });

describe('text alternatives of the views', () => {
  stubEmptyWorld();

  it('describe each region in words that follow the filters', async () => {
    renderWithStore(<AppShell />);
    await waitFor(() => expect(region('Map')).toHaveAccessibleDescription(/^Map: 7 participants\./));
    expect(region('Stance matrix')).toHaveAccessibleDescription(
      /^Stance matrix: 7 of 7 leaders by 3 questions\./,
    );
    await waitFor(() => expect(region('Timeline')).toHaveAccessibleDescription(/^Timeline: 8 of 8 events/));

    await userEvent.click(screen.getByRole('button', { name: /^E3/ }));
    await waitFor(() =>
      expect(region('Map')).toHaveAccessibleDescription(
        /^Map: 2 of 7 participants match the filters \(France and the United Kingdom\); the others are dimmed\./,
      ),
    );
    expect(region('Stance matrix')).toHaveAccessibleDescription(/^Stance matrix: 2 of 7 leaders/);
    expect(region('Timeline')).toHaveAccessibleDescription(/^Timeline: 4 of 8 events/);
  });

  it('offer the map and the timeline as tables of the filtered records', async () => {
    renderWithStore(<AppShell />, { state: { entities: ['fra', 'gbr'] } });
    const mapTable = await within(region('Map')).findByText('Show the participants as a table');
    await userEvent.click(mapTable);
    const participants = await within(region('Map')).findByRole('table', {
      name: /2 of 8 countries and organisations/,
    });
    expect(
      within(participants)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['France', 'United Kingdom']);
    expect(
      within(participants)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Name', 'Role', 'Attendance', 'Represented by', 'Pledge']);

    await userEvent.click(await within(region('Timeline')).findByText('Show the events as a table'));
    const events = await within(region('Timeline')).findByRole('table', {
      name: /4 of 8 events in date order/,
    });
    expect(within(events).getAllByRole('row')).toHaveLength(5);
    expect(within(region('Stance matrix')).queryByText(/as a table/)).toBeNull();
  });
});
