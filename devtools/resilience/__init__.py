"""Resilience tooling: backups, and the scenarios of `make resilience`."""
