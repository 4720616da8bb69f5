"""Exports of a gold version for downstream tools: CoNLL (BIO), spaCy DocBin, flat JSONL."""
