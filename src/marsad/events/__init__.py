"""Events: trigger lexicon, participants, status, dates, places and evidence."""

from marsad.events.extract import extract_events
from marsad.events.lexicon import Trigger, load_triggers

__all__ = ["Trigger", "extract_events", "load_triggers"]
