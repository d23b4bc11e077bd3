import { render, screen } from '@testing-library/react';
import { ViewBoundary } from '../../src/components/ViewBoundary';

function Broken(): never {
  throw new Error('boom');
}

describe('ViewBoundary', () => {
  it('keeps a view that throws to its own error box while its neighbour renders', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <>
        <ViewBoundary name="Map">
          <Broken />
        </ViewBoundary>
        <ViewBoundary name="Timeline">
          <p>timeline works</p>
        </ViewBoundary>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The map could not be drawn');
    expect(screen.getByRole('alert')).toHaveTextContent('boom');
    expect(screen.getByText('timeline works')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
