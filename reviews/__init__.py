"""Assignment, queues, feedback, decisions, status, timeline and letters (issue 5 builds the workflow)."""
