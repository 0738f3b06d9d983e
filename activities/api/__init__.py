"""The offering's open data API (issue 16 §6): read-only JSON and iCalendar for
regional hobby sites and municipalities, versioned under /api/v1/, outside the
language prefix. Scope = Activity.objects.public(), the same rule as the pages."""
