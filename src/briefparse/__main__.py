"""`python -m briefparse` runs the command-line tool."""

from briefparse.cli import main

main()
