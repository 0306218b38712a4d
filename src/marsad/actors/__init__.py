"""Actors: the gazetteer, the knowledge base, and linking mentions to entities."""

from marsad.actors.gazetteer import Gazetteer, load_gazetteer
from marsad.actors.kb import KB, load_kb
from marsad.actors.link import find_mentions

__all__ = ["KB", "Gazetteer", "find_mentions", "load_gazetteer", "load_kb"]
