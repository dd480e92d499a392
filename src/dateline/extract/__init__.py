"""Extraction of facts (numbers, casualties, actors, places) from article text."""
