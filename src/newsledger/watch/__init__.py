"""Keeping the ledger up to date: ``newsledger watch`` polls feeds and folders, stores what is new
through the readers and the pipeline, and matches every newly stored article against the
watchlists, delivering each alert once.

The room, in the order data flows through it: ``rules`` (the data file), ``netpolicy`` (which
addresses may be fetched), ``fetch`` (one guarded HTTP client), ``robots`` and ``hosts`` (politeness),
``sources`` (feeds, OPML, folders), ``state`` (what was polled and seen, in the ledger),
``watchlists``, ``matching`` and ``contradiction`` (alerts as they are stored), ``alerts`` (the
inbox), ``delivery`` (JSON lines and webhooks) and ``runner`` (the loop).
"""
