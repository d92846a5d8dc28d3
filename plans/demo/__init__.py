"""Demo data: the demo district (for loaddemo) and realistic fictional plan documents (tests, bench)."""
