package io.healthscore.report;

/** The HTML report's inline style sheet: system fonts, quiet tables, band colours, and a print layout. */
final class ReportStyle {
    private static final String BASE = """
            *{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
            body{margin:0;background:#f6f7f9;color:#1f2933;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
            main{max-width:1000px;margin:0 auto;padding:24px 20px 40px;background:#fff}
            header h1{margin:0 0 4px;font-size:24px;font-weight:650}
            header p{margin:0;color:#52606d}
            h2{margin:28px 0 10px;font-size:17px;font-weight:650;border-bottom:1px solid #e4e7eb;padding-bottom:4px}
            svg.chart{display:block;max-width:100%;height:auto;font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
            svg .axis{fill:#52606d}
            svg .value{fill:#1f2933;font-weight:600}
            svg .grid{stroke:#e4e7eb;stroke-width:1}
            svg .healthy-line{fill:none;stroke:#1f2933;stroke-width:2}
            svg .healthy-point{fill:#fff;stroke:#1f2933;stroke-width:2}
            svg .point-label{fill:#1f2933;font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
            svg .target-line{stroke:#7b2cbf;stroke-width:2;stroke-dasharray:6 4}
            svg .target-label{fill:#7b2cbf;font-weight:600}
            .legend{display:flex;flex-wrap:wrap;gap:6px 18px;margin:10px 0 0;padding:0;list-style:none;color:#52606d}
            .swatch{display:inline-block;width:11px;height:11px;margin-right:5px;border-radius:2px;vertical-align:-1px}
            .key-line{display:inline-block;width:22px;margin-right:5px;vertical-align:3px;border-top:2px solid #1f2933}
            .key-line.dashed{border-top:2px dashed #7b2cbf}
            .target{display:flex;align-items:baseline;gap:24px;flex-wrap:wrap;margin-top:8px;padding:14px 18px;border-radius:6px;border:1px solid}
            .target.met{border-color:#1a7f37;background:#eef8f1}
            .target.below{border-color:#b42318;background:#fdf1f0}
            .target .actual{font-size:30px;font-weight:700}
            .target .status{font-weight:600}
            .target.met .status{color:#1a7f37}
            .target.below .status{color:#b42318}
            table{width:100%;border-collapse:collapse;font-size:13px}
            th,td{padding:5px 8px;border-bottom:1px solid #e4e7eb;text-align:left;vertical-align:top;white-space:nowrap}
            td.wrap{white-space:normal}
            th{color:#52606d;font-weight:600;background:#f9fafb}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .company{font-weight:600}
            .name{display:block;color:#52606d;font-size:12px}
            .overridden{font-weight:600;color:#7b2cbf}
            .note{white-space:pre-wrap}
            .none{color:#7b8794;font-style:italic;margin:4px 0}
            footer{margin-top:32px;color:#7b8794;font-size:12px}
            @page{margin:14mm}
            @media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}section{break-inside:avoid}h2{break-after:avoid}}
            """;

    private ReportStyle() {
    }

    static String css() {
        return BASE + BandStyle.css();
    }
}
