/// The shell every HTML report shares: one self-contained page (inline CSS, no scripts, no
/// external files) whose tables fit a 1,024-pixel window.
enum HTMLPage {
    static func head(title: String) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 1.5rem auto; max-width: 1100px; padding: 0 1rem; color: #222; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
        table { border-collapse: collapse; font-size: 0.8rem; margin: 0.5rem 0; }
        th, td { padding: 0.2rem 0.45rem; border-bottom: 1px solid #eee; text-align: right; white-space: nowrap; }
        th:first-child, td:first-child { text-align: left; }
        th { background: #f5f5f5; }
        .bad { color: #b2182b; font-weight: 600; } .good { color: #1b7837; font-weight: 600; }
        .note { color: #555; font-size: 0.85rem; } svg { max-width: 100%; height: auto; margin: 0.5rem 0 1rem; }
        .grid { display: flex; flex-wrap: wrap; gap: 0 2rem; }
        .scroll { max-height: 28rem; overflow-y: auto; }
        </style></head><body>

        """
    }
}
