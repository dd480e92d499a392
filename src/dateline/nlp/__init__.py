"""The NLP stage: one spaCy pass (sentences, entities, parse) with a configurable model."""
