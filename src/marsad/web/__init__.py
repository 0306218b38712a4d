"""The face: server-rendered pages (search, timeline, actor, network, agreements, article) and the HTTP API."""
