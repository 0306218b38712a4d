"""Live monitoring: poll RSS/Atom feeds and section pages politely and ingest new articles as they appear.

``run_round(db, feeds, WatchOptions(...))`` does one round (see
:mod:`marsad.watch.rounds`); :mod:`marsad.watch.fetch` holds the HTTP manners
and :mod:`marsad.watch.feeds` the feed and section-page parsing.
"""

from marsad.watch.feeds import canonical_url, parse_listing
from marsad.watch.fetch import USER_AGENT, Fetcher, FetchOptions
from marsad.watch.rounds import RoundResult, WatchOptions, parse_interval, read_feed_list, run_round, watch

__all__ = ["USER_AGENT", "FetchOptions", "Fetcher", "RoundResult", "WatchOptions", "canonical_url",
           "parse_interval", "parse_listing", "read_feed_list", "run_round", "watch"]
