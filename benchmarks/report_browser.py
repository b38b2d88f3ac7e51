"""How responsive an audit report is in headless Chromium: load, and one filter applied.

    python benchmarks/report_browser.py REPORT.html [--rounds 5] [--filter district=北京市西城区]

A harness page opens the report in a frame (Chromium needs --allow-file-access-from-files for
that), reads the frame's navigation timing (DOMContentLoaded and load, the report's own script
included), forces the first layout if it is still pending, then sets one filter the way a user does (the list's change event) and forces the
layout the browser would do before painting. The medians over the rounds are printed in ms.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import tempfile
from pathlib import Path

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--allow-file-access-from-files",
    "--window-size=1280,2000",
)
HARNESS = """<!DOCTYPE html><meta charset="utf-8"><pre id="result"></pre>
<iframe id="report" src="%s" style="width:1280px;height:2000px"></iframe>
<script>
document.getElementById('report').addEventListener('load', function () {
  var frame = this.contentWindow, doc = frame.document;
  var nav = frame.performance.getEntriesByType('navigation')[0];
  var before = frame.performance.now();
  void doc.body.offsetHeight;  // the first layout, if the browser has not done it yet
  var layout = frame.performance.now() - before;
  var select = doc.querySelector('select[data-filter="%s"]');
  select.value = %s;
  var start = frame.performance.now();
  select.dispatchEvent(new frame.Event('change'));
  void doc.body.offsetHeight;  // the layout a paint needs
  var filter = frame.performance.now() - start;
  document.getElementById('result').textContent = JSON.stringify({
    dom_content_loaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, layout: layout, filter: filter,
    shown: doc.getElementById('shown').textContent, rows: doc.querySelectorAll('tr.finding').length
  });
});
</script>"""


def measure(chromium: str, report: Path, name: str, value: str) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        harness = Path(folder, "harness.html")
        harness.write_text(HARNESS % (report.resolve().as_uri(), name, json.dumps(value)), encoding="utf-8")
        command = [chromium, *FLAGS, f"--user-data-dir={folder}/profile", "--dump-dom", harness.as_uri()]
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=300,
        )
    found = re.search(r'<pre id="result">(.*?)</pre>', result.stdout, re.DOTALL)
    if not found or not found.group(1):
        raise SystemExit(f"no timing from the page:\n{result.stderr[-2000:]}")
    return json.loads(found.group(1).replace("&quot;", '"'))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--filter", default="district=北京市西城区", help="NAME=VALUE of one filter list")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("chromium is not installed")
    name, value = args.filter.split("=", 1)
    runs = [measure(chromium, args.report, name, value) for _ in range(args.rounds)]
    print(f"{args.report}: {runs[0]['rows']} finding rows, {runs[0]['shown']} shown after {args.filter}")
    for key in ("dom_content_loaded", "load", "layout", "filter"):
        values = [run[key] for run in runs]
        print(
            f"  {key:<20} median {statistics.median(values):8.0f} ms  (min {min(values):.0f}, max {max(values):.0f})"
        )


if __name__ == "__main__":
    main()
