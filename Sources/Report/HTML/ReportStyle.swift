/// The report's only style sheet, inlined in `<style>`: no web fonts, no `url()`, nothing to fetch.
///
/// The font stack names the CJK fonts each platform ships (macOS, Windows, Android/Linux), so
/// Chinese never falls back to a Latin font's odd glyphs. Small screens get one column and tables
/// that scroll sideways inside their own box; print gets A4 pages and no row cut in half.
enum ReportStyle {
    /// CSS text; it must never contain `</`, which would end the `<style>` element early.
    static let css = """
    :root { --ink: #1f2933; --muted: #616e7c; --line: #d9dee4; --accent: #1f6fb2; --mark: #ffe58a; }
    body { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", \
    "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; margin: 0 auto; max-width: 72rem; \
    padding: 1rem 1.25rem 3rem; color: var(--ink); line-height: 1.65; background: #fff; }
    h1 { font-size: 1.75rem; margin: 0.5rem 0 0.75rem; }
    h2 { font-size: 1.35rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--accent); }
    h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
    a { color: var(--accent); }
        dl.run { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0 0 1rem; }
    dl.run dt { font-weight: bold; color: var(--muted); }
    dl.run dd { margin: 0; }
    dl.run ul { margin: 0; padding-left: 1.2rem; }
    header section.categories table { width: auto; min-width: 18rem; }
    header h2 { font-size: 1.1rem; border: none; margin: 1rem 0 0.3rem; }
    section.failures, section.warnings, section.notices { border-left: 4px solid #c0392b; padding: 0.1rem 0.8rem; \
    margin: 1rem 0; background: #fdf3f2; }
    section.warnings, section.notices { border-left-color: #d68910; background: #fef9ef; }
    section.failures ul, section.warnings ul, section.notices ul { margin: 0.3rem 0 0.6rem; padding-left: 1.2rem; }
    ul.cards { list-style: none; padding: 0; margin: 0.75rem 0; display: grid; \
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.75rem; }
    .card { border: 1px solid var(--line); border-top: 4px solid var(--accent); border-radius: 6px; \
    padding: 0.6rem 0.9rem; background: #f7f9fb; break-inside: avoid; }
    .card p { margin: 0; }
    .card-value { font-size: 1.6rem; font-weight: bold; font-variant-numeric: tabular-nums; }
    .card-place { color: var(--ink); }
    .card-note { color: var(--muted); font-size: 0.85rem; }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 0.5rem 1.5rem; }
    figure.chart { margin: 0.5rem 0; break-inside: avoid; }
    figure.chart svg { width: 100%; max-width: 36rem; height: auto; display: block; font-size: 15px; }
    figure.chart figcaption { font-weight: bold; font-size: 0.95rem; margin-bottom: 0.2rem; }
    .bar { fill: var(--accent); }
    .bar-label { fill: var(--ink); }
    .bar-value { fill: var(--muted); font-variant-numeric: tabular-nums; }
    .table-scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
    table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
    caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
    th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
    thead th { background: #eef2f6; white-space: nowrap; }
    tbody th { font-weight: normal; }
    section.figures tbody th { min-width: 7em; }
    section.figures td:nth-child(2), td.count { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    section.figures td:nth-child(n+3):not(:nth-child(7)) { white-space: nowrap; }
    tr:target, mark:target { outline: 3px solid var(--accent); }
    mark { background: var(--mark); padding: 0 0.1em; border-radius: 2px; white-space: nowrap; }
    mark a { color: inherit; text-decoration: none; }
    mark.duplicate { background: #e4e7eb; }
    tr.duplicate { color: var(--muted); }
    .label { display: inline-block; font-size: 0.75em; line-height: 1.4; border: 1px solid #9aa5b1; \
    border-radius: 3px; padding: 0 0.3em; margin-left: 0.3em; color: var(--muted); white-space: nowrap; }
    .label.duplicate { border-color: #c0392b; color: #c0392b; }
    article.source { border-top: 1px solid var(--line); padding-top: 0.25rem; }
    article.source p { margin: 0.5rem 0; max-width: 48em; }
    article.source p.meta { color: var(--muted); font-size: 0.85rem; }
    @page { size: A4; margin: 15mm 12mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      h2 { break-after: avoid; }
      h3 { break-after: avoid; }
      tr, .card, figure.chart, mark { break-inside: avoid; }
      mark, .card, .label { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      thead { display: table-header-group; }
      .table-scroll { overflow: visible; }
      a { color: inherit; text-decoration: none; }
    }
    @media (max-width: 40rem) {
      body { padding: 0.75rem; }
      h1 { font-size: 1.4rem; }
      table { font-size: 0.85rem; }
      .table-scroll table { width: max-content; min-width: 100%; }
      .table-scroll td { white-space: nowrap; }
      .card-value { font-size: 1.35rem; }
      .charts { grid-template-columns: 1fr; }
      ul.cards { grid-template-columns: repeat(2, 1fr); gap: 0.5rem; }
      .card { padding: 0.4rem 0.6rem; }
    }
    """
}
