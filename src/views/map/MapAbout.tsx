/** "About this map": border policy, sources of the shapes, how to read the marks. */
export function MapAbout() {
  return (
    <details className="map-about">
      <summary>About this map</summary>
      <p>
        Borders are the internationally recognised ones. Crimea is shown as part of Ukraine, in line with UN
        General Assembly resolution 68/262; Northern Cyprus as part of Cyprus (UN Security Council resolution
        541); Somaliland as part of Somalia. Kosovo is drawn as in the source data; the map takes no position
        on its status. Boundaries are simplified and are not authoritative.
      </p>
      <p>
        Shapes: Natural Earth 1:110m via the world-atlas package; Malta at 1:50m. States too small to click at
        the current zoom carry a circle; organisations (such as the EU institutions and NATO) appear as badges
        in a strip under the map. Colours come from the Okabe–Ito palette, and every category also has its own
        pattern, so no meaning rests on colour alone.
      </p>
    </details>
  );
}
