"""Held-out corpus: plans written independently of the check engine's rules (see plans.py)."""
