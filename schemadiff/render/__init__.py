"""Turning model objects into SQL text: the only layer that writes SQL."""
