"""Receivers connected in CoursesConfig.ready()."""
