"""Shipped inside the compiled standard library as ``sitecustomize``: the full library on demand.

The compiled zip holds only what the tools imported at build time. Should a tool one day import
a module the zip lacks (a lazy import on a path the build did not run), this finder, last on
``sys.meta_path``, fetches Pyodide's full ``python_stdlib.zip`` once — synchronously, which a
worker may do — and imports from it: the tool is slower that once instead of broken.
It only acts for modules the full zip has (``MISSING``, written in at build time), so an
``ImportError`` that would happen anyway costs nothing, and only when the worker gave the URL
(``THANKYOU_FULL_STDLIB``); without it, the import fails as it would without this file.
"""

import importlib.machinery
import os
import sys

MISSING: frozenset[str] = frozenset()  # replaced at build time by the names the zip leaves out
TARGET = "/lib/python_stdlib_full.zip"


def _fetch(url: str) -> bytes:
    """The bytes at ``url``: a synchronous XMLHttpRequest in the browser, a plain path otherwise."""
    if "://" not in url and not url.startswith("blob:"):
        with open(url, "rb") as source:
            return source.read()
    from js import XMLHttpRequest

    request = XMLHttpRequest.new()
    request.open("GET", url, False)
    request.responseType = "arraybuffer"
    request.send()
    if request.status not in (0, 200):
        raise ImportError(f"the full standard library could not be fetched ({request.status})")
    return request.response.to_bytes()


class FullStandardLibrary:
    """A meta-path finder of last resort for the modules the compiled zip leaves out."""

    fetched = False

    def find_spec(self, name, path=None, target=None):  # noqa: ANN001, ANN201  (the finder protocol)
        url = os.environ.get("THANKYOU_FULL_STDLIB")
        if name not in MISSING or not url:
            return None
        if not self.fetched:
            with open(TARGET, "wb") as copy:
                copy.write(_fetch(url))
            sys.path.append(TARGET)
            self.fetched = True
            print(f"thankyou: {name} is not in the compiled standard library; loaded the full one", file=sys.stderr)
        parent = name.rpartition(".")[0]
        if parent:
            # The package came from the compiled zip: let it find its other modules in the full one.
            package_path = sys.modules[parent].__path__
            extra = f"{TARGET}/{parent.replace('.', '/')}"
            if extra not in package_path:
                package_path.append(extra)
            path = package_path
        return importlib.machinery.PathFinder.find_spec(name, path, target)


def install(missing: frozenset[str]) -> None:
    global MISSING
    MISSING = missing
    sys.meta_path.append(FullStandardLibrary())
