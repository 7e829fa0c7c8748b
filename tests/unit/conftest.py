"""Settings shared by the unit suite, on CPython and inside Pyodide."""

import os

from hypothesis import HealthCheck, settings

# No deadline: these machines are shared, and Pyodide is slower than CPython; speed is measured
# by `make bench`, never asserted here.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("pyodide", deadline=None, database=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
