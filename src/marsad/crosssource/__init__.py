"""Across sources: near-duplicate articles (dedupe), merged events (merge), relations and registers (graph)."""
