namespace WellnessConnection.Embed.Assets;

/// <summary>
/// The listing's styles, shared by the iframe page (<c>/embed/v1/sessions.css</c>) and the script, which puts them in
/// its shadow root. Compiled in rather than read from a web root, so every host serves the same bytes.
/// </summary>
/// <remarks>
/// Nothing inherits from the host page: <c>.wc</c> starts from <c>all: initial</c> (inherited properties such as
/// <c>color</c> and <c>font-size</c> cross the shadow boundary otherwise), and sizes are in <c>em</c> from
/// <c>font-size: medium</c>, the reader's own default size rather than the host page's. Colours meet WCAG 2.1 AA:
/// text 15:1 or more, secondary text 8:1, links 6.6:1 (light) and 9.7:1 (dark), badges 7:1 or more.
/// </remarks>
internal static class SessionsStylesheet
{
    public const string Css = """
        :host { display: block; }
        :host([hidden]) { display: none; }

        .wc {
          all: initial;
          display: block;
          box-sizing: border-box;
          max-width: 100%;
          padding: 1em 1.25em;
          border: 1px solid var(--wc-border);
          border-radius: 0.5em;
          background: var(--wc-bg);
          color: var(--wc-text);
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          font-size: medium;
          line-height: 1.5;
          text-align: start;
          overflow-wrap: anywhere;
          color-scheme: light;
          --wc-bg: #ffffff;
          --wc-text: #1b1c1f;
          --wc-muted: #4b4f58;
          --wc-link: #0b5cad;
          --wc-border: #c9ced6;
          --wc-badge-bg: #fbe9e7;
          --wc-badge-text: #8e1b12;
          --wc-full-bg: #fff4d6;
          --wc-full-text: #6b4a00;
        }

        .wc[data-theme="dark"] {
          color-scheme: dark;
          --wc-bg: #16181b;
          --wc-text: #eceef1;
          --wc-muted: #b9bec7;
          --wc-link: #8cc4ff;
          --wc-border: #3b4048;
          --wc-badge-bg: #4a1a16;
          --wc-badge-text: #ffc2b8;
          --wc-full-bg: #3d3210;
          --wc-full-text: #ffe08a;
        }

        @media (prefers-color-scheme: dark) {
          .wc[data-theme="auto"] {
            color-scheme: dark;
            --wc-bg: #16181b;
            --wc-text: #eceef1;
            --wc-muted: #b9bec7;
            --wc-link: #8cc4ff;
            --wc-border: #3b4048;
            --wc-badge-bg: #4a1a16;
            --wc-badge-text: #ffc2b8;
            --wc-full-bg: #3d3210;
            --wc-full-text: #ffe08a;
          }
        }

        .wc *, .wc *::before, .wc *::after { box-sizing: inherit; }
        .wc-heading { margin: 0 0 0.75em; font-size: 1.25em; font-weight: 700; line-height: 1.3; }
        .wc-list { margin: 0; padding: 0; list-style: none; }
        .wc-session { margin: 0; padding: 0.875em 0; border-top: 1px solid var(--wc-border); }
        .wc-session:first-child { padding-top: 0; border-top: 0; }
        .wc-session:last-child { padding-bottom: 0; }
        .wc-title { margin: 0; font-size: 1.0625em; font-weight: 600; line-height: 1.35; }
        .wc-when { margin: 0.25em 0 0; font-weight: 600; }
        .wc-local { margin: 0; color: var(--wc-muted); }
        .wc-summary { margin: 0.5em 0 0; }
        .wc-meta { margin: 0.25em 0 0; color: var(--wc-muted); font-size: 0.9375em; }
        .wc-actions { display: flex; flex-wrap: wrap; gap: 0.25em 1.25em; margin: 0.5em 0 0; }
        .wc-empty { margin: 0; }
        .wc-footer { margin: 1em 0 0; color: var(--wc-muted); font-size: 0.875em; }

        .wc a { color: var(--wc-link); text-decoration: underline; text-underline-offset: 0.15em; }
        .wc a:hover { text-decoration-thickness: 0.125em; }
        .wc a:focus-visible { outline: 0.1875em solid var(--wc-link); outline-offset: 0.125em; border-radius: 0.125em; }
        .wc-register { font-weight: 600; }

        .wc-badge {
          display: inline-block;
          margin-inline-end: 0.5em;
          padding: 0 0.5em;
          border-radius: 1em;
          background: var(--wc-badge-bg);
          color: var(--wc-badge-text);
          font-size: 0.8125em;
          font-weight: 700;
          letter-spacing: 0.02em;
          text-transform: uppercase;
          vertical-align: 0.1em;
        }
        .wc-session[data-status="full"] .wc-badge { background: var(--wc-full-bg); color: var(--wc-full-text); }
        .wc-session[data-status="cancelled"] :is(.wc-when, .wc-local),
        .wc-session[data-status="postponed"] :is(.wc-when, .wc-local) { text-decoration: line-through; }

        .wc-sr {
          position: absolute;
          width: 1px;
          height: 1px;
          margin: -1px;
          padding: 0;
          overflow: hidden;
          clip: rect(0 0 0 0);
          white-space: nowrap;
          border: 0;
        }

        @media (forced-colors: active) {
          .wc-badge { border: 1px solid CanvasText; }
        }

        @media (max-width: 30em) {
          .wc { padding: 0.75em; }
        }

        .wc-frame { display: block; width: 100%; max-width: 100%; border: 0; }
        body.wc-page { margin: 0; padding: 0.5em; }
        """;
}
