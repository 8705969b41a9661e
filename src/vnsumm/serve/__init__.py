"""``vnsumm serve``: briefs over HTTP for a newsroom, on one loaded pipeline.

* :mod:`vnsumm.serve.app`: the API (``/v1/briefs``, ``/v1/check``, ``/v1/configs``, probes) and the page;
* :mod:`vnsumm.serve.articles`: what a client sends, as cleaned Articles;
* :mod:`vnsumm.serve.batching`: requests that arrive together, briefed in one ``brief_articles`` call;
* :mod:`vnsumm.serve.limits`: shutdown, the bearer token and the byte cap, before any route;
* :mod:`vnsumm.serve.urls`: fetching a client's URL only from public addresses;
* :mod:`vnsumm.serve.page`: the page at ``/``;
* :mod:`vnsumm.serve.server`: uvicorn, the access log, graceful shutdown.

Needs the ``serve`` extra (``pip install 'vnsumm[serve]'``: FastAPI, uvicorn, python-multipart).
"""
