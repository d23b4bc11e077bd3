import { screen } from '@testing-library/react';
import { SlideCaption } from '../../src/app/present/SlideCaption';
import { AppProviders } from '../../src/state/AppProviders';
import { loadFixture, renderWithStore } from '../helpers/renderWithStore';

const [predict] = loadFixture('valid-small.json').story;

describe('SlideCaption', () => {
  it('reveals the answer into a live region that was there, empty, before', () => {
    const { rerender, store, summit } = renderWithStore(
      <SlideCaption slide={predict!} revealed={false} onReveal={() => undefined} />,
    );
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    expect(screen.getByRole('button', { name: 'Reveal the answer (R or Next)' })).toBeInTheDocument();
    rerender(
      <AppProviders store={store} summit={summit}>
        <SlideCaption slide={predict!} revealed onReveal={() => undefined} />
      </AppProviders>,
    );
    expect(screen.getByRole('status')).toBe(status);
    expect(status).toHaveTextContent('Answer: Two of the participants here.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
