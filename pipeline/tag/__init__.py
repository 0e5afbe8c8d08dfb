"""Tag stage: organisations, people, dates and money in the free-text cells, linked and normalised."""
