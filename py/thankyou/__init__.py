"""Thank-you email advice after a job interview: decisions, drafts and reviews as pure Python.

The package is standard library only and does no I/O, so the same code runs on CPython,
in the MkDocs build and in the reader's browser under Pyodide. Its single entry point is
:func:`thankyou.api.handle`, a JSON-in/JSON-out façade.
"""

__version__ = "0.1.0"
