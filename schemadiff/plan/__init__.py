"""Ordering changes: the dependency graph and its deterministic sort."""
