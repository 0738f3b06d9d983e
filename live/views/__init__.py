"""Views of the live sessions: the calendar, a session's page and actions,
the learner's own sessions and feed, and the trainer's pages."""
