"""Comparing two catalogs: typed operations per object, no SQL text."""
