"""Loaders: bytes to text, HTML to main text and metadata."""
