"""``python -m checker`` runs the guidelint command line."""

from checker.cli import main

main()
