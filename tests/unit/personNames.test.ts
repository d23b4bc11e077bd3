import { familyName } from '../../src/model/personNames';

describe('familyName', () => {
  it('is the last word of a name written given-name first', () => {
    expect(familyName('Keir Starmer')).toBe('Starmer');
    expect(familyName('Jonas Gahr Støre')).toBe('Støre');
    expect(familyName('Beate Meinl-Reisinger')).toBe('Meinl-Reisinger');
    expect(familyName('JD Vance')).toBe('Vance');
  });

  it('keeps the particles that belong to it', () => {
    expect(familyName('Bart De Wever')).toBe('De Wever');
    expect(familyName('Ursula von der Leyen')).toBe('von der Leyen');
  });

  it('never takes the whole name for a particle-led family name', () => {
    expect(familyName('De Wever')).toBe('Wever');
    expect(familyName('Madonna')).toBe('Madonna');
  });
});
