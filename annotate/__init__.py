"""Curate Arabic event and entity gold corpora with Label Studio."""

__version__ = "0.1.0"
