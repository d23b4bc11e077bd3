/** How to read the marks. Shapes are drawn with the same classes as the chart's. */
export function TimelineLegend() {
  return (
    <ul className="tl-legend" aria-label="Legend">
      <li>
        <svg width="16" height="12" aria-hidden="true">
          <circle className="tl-legend__dot" cx="8" cy="6" r="5" />
        </svg>
        one day
      </li>
      <li>
        <svg width="28" height="12" aria-hidden="true">
          <rect className="tl-legend__span" x="1" y="2" width="26" height="8" rx="4" />
        </svg>
        several days
      </li>
      <li>
        <svg width="28" height="12" aria-hidden="true">
          <rect className="tl-legend__approx" x="1" y="2" width="26" height="8" rx="4" />
        </svg>
        date known to the week or month
      </li>
      <li>
        <svg width="12" height="12" aria-hidden="true">
          <rect className="tl-legend__summit" x="2" y="0" width="8" height="12" />
        </svg>
        summit day
      </li>
      <li>
        <svg width="16" height="12" aria-hidden="true">
          <circle className="tl-legend__context" cx="8" cy="6" r="5" />
        </svg>
        context from before or after the period, beyond the axis breaks
      </li>
    </ul>
  );
}
