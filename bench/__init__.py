"""``make bench``: how fast the tools answer, against the usual way of embedding Pyodide.

``python -m bench`` builds the site, serves it on 127.0.0.1 (``server``), adds bench-only pages
to the served copy (``pages``), drives headless Chromium through Playwright (``measure``), runs
every measurement several times interleaved, and prints medians with min–max (``report``) and
writes them as JSON under ``bench/results/``. Nothing here asserts a timing.
"""
