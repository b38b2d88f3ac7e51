"""``guidelint audit``: a corpus report for inspectors (HTML, history of runs, Excel)."""
