"""Organisation, school years, plans and their versions, upload, templates and check results."""
