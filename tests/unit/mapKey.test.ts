import { describe, expect, it } from 'vitest';
import { withMapKey } from '../../src/export/mapKey';
import { LIGHT_PALETTE } from '../../src/export/svgExport';

const item = (label: string, count: string | null, fill: string) => `
  <li class="map-legend__item">
    <svg class="map-legend__swatch" width="18" height="18"><rect width="17" height="17" style="fill: ${fill}" /></svg>
    <span class="map-legend__label">${label}</span>
    ${count === null ? '' : `<span class="map-legend__count">${count}</span>`}
  </li>`;

function section(html: string): HTMLElement {
  const el = document.createElement('section');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

const body = { markup: '<svg width="400" height="300"></svg>', width: 400, height: 300 };
const legend = section(`
  <div class="map-legend">
    <h3 class="map-legend__title">Colour key: role</h3>
    <ul>${item('Host', '1', 'url(#legend-host)')}${item('Member & partner', '35', 'rgb(0, 114, 178)')}${item('Circle: a small state', null, 'none')}</ul>
  </div>`);

describe('withMapKey', () => {
  it("puts the page's key under the map: its title, each swatch, label and count", () => {
    const keyed = withMapKey(body, legend, LIGHT_PALETTE);
    expect(keyed.markup.startsWith(body.markup)).toBe(true);
    expect(keyed.markup).toContain('>Colour key: role</text>');
    expect(keyed.markup).toContain('Host <tspan font-weight="700"');
    expect(keyed.markup).toContain('>35</tspan>');
    // Text is escaped, and an item without a count gets none.
    expect(keyed.markup).toContain('Member &amp; partner');
    expect(keyed.markup).toMatch(/>Circle: a small state<\/text>/);
    expect(keyed.markup.match(/<svg/g)).toHaveLength(4);
    expect(keyed.width).toBe(400);
    expect(keyed.height).toBeGreaterThan(300 + 2 * 26);
  });

  it('adds the organisations, drawn beside the map rather than in it, above the key that counts them', () => {
    const withOrgs = section(`
      <div class="map-orgs"><span class="map-orgs__title">Organisations</span><ul>
        <li class="map-org"><svg width="20" height="20"><circle r="8" style="fill: url(#legend-member)" /></svg>NATO</li>
      </ul></div>
      <div class="map-legend"><h3 class="map-legend__title">Colour key: role</h3><ul>${item('Member', '35', 'red')}</ul></div>`);
    const keyed = withMapKey(body, withOrgs, LIGHT_PALETTE);
    const markup = keyed.markup;
    expect(markup).toContain('>Organisations</text>');
    expect(markup).toMatch(/>NATO<\/text>/);
    expect(markup.indexOf('>NATO<')).toBeLessThan(markup.indexOf('Colour key: role'));
    expect(keyed.height).toBeGreaterThan(withMapKey(body, legend, LIGHT_PALETTE).height);
  });

  it('wraps items onto more rows in a narrower drawing', () => {
    const wide = withMapKey(body, legend, LIGHT_PALETTE);
    const narrow = withMapKey({ ...body, width: 150 }, legend, LIGHT_PALETTE);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('leaves the drawing as it is where the page has no key', () => {
    expect(withMapKey(body, section('<p>no key</p>'), LIGHT_PALETTE)).toBe(body);
  });
});
