/// The report's only style sheet, inlined in `<style>`: no web fonts, no `url()`, nothing to fetch.
enum ReportStyle {
    /// CSS text; it must never contain `</`, which would end the `<style>` element early.
    static let css = """
    body { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", \
    "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; margin: 0 auto; max-width: 72rem; \
    padding: 1rem; color: #222; line-height: 1.6; }
    h1 { font-size: 1.6rem; margin: 0.5rem 0; }
    dl.run { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
    dl.run dt { font-weight: bold; }
    dl.run dd { margin: 0; }
    dl.run ul { margin: 0; padding-left: 1.2rem; }
    section.failures { border-left: 4px solid #c0392b; padding-left: 0.8rem; }
    table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
    caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
    th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
    th { background: #f2f2f2; }
    td.value, td.count { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    mark { background: #ffe58a; padding: 0 0.1em; }
    tr.duplicate { color: #777; }
    tr.duplicate mark { background: #eee; }
    .label { display: inline-block; font-size: 0.8em; border: 1px solid #999; border-radius: 3px; \
    padding: 0 0.3em; margin-left: 0.3em; }
    @media print { body { max-width: none; } tr { break-inside: avoid; } thead { display: table-header-group; } }
    @media (max-width: 40rem) { table { font-size: 0.85rem; } td.sentence { min-width: 12rem; } }
    """
}
