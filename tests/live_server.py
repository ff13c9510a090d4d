"""The web app served by uvicorn on 127.0.0.1 at a free port, in a thread: the one live server the
browser tests (test_serve_ui, test_watch_ui, test_workbench_ui) point Chromium at."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def live_server(db: Path, token: str | None = None) -> Iterator[str]:
    """The base URL of the app over DB while the block runs; the server stops after it."""
    import uvicorn

    from newsledger.serve.app import create_app
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, token=token), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
