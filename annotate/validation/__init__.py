"""Validation of Label Studio exports against the schema and the task texts.

The public names are re-exported by `annotate.validate`.
"""
