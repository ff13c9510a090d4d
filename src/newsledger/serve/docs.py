"""``/docs``: the API reference, offline. A page of the package's own (``static/docs.html``) reads
``/openapi.json`` and lists every route with its parameters and the fields of its typed response;
no Swagger or ReDoc assets from a CDN."""
from __future__ import annotations

from importlib import resources

from fastapi import APIRouter
from fastapi.responses import FileResponse

router = APIRouter(include_in_schema=False)
STATIC = resources.files("newsledger.serve").joinpath("static")


@router.get("/docs")
def docs() -> FileResponse:
    return FileResponse(str(STATIC.joinpath("docs.html")), headers={"cache-control": "no-cache"})
