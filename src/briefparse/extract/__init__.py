"""Extractors: pure functions from a Document to one field each."""
