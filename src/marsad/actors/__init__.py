"""Actors: the gazetteer of states and places, and linking mentions to entities."""

from marsad.actors.gazetteer import Gazetteer, load_gazetteer
from marsad.actors.link import find_mentions

__all__ = ["Gazetteer", "load_gazetteer", "find_mentions"]
