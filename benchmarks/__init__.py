"""Benchmarks: each scenario is timed against a floor measured in the same run."""
