"""Defra Third Sector Strategy annex pipeline: extract → tag → publish."""
