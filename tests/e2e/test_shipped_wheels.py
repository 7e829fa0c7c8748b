"""The site ships the IANA time-zone data beside our wheel, and the build says how to get it when it is missing."""

import hashlib
import json
import shutil

import pytest

from site_build import runtime


def test_the_site_ships_tzdata_and_its_lock_file_says_our_wheel_needs_it(built_site):
    folder = built_site / "assets" / "pyodide"
    lock = json.loads((folder / "pyodide-lock.json").read_text(encoding="utf-8"))
    [pin] = runtime.pinned_wheels()
    entry = lock["packages"]["tzdata"]
    assert entry["version"] == pin.version == "2026.6"
    shipped = folder / entry["file_name"]
    assert hashlib.sha256(shipped.read_bytes()).hexdigest() == entry["sha256"] == pin.sha256
    assert lock["packages"]["thankyou"]["depends"] == ["tzdata"]  # loadPackage("thankyou") brings it


def test_a_missing_tzdata_wheel_stops_the_build_with_what_to_do(tmp_path):
    with pytest.raises(runtime.RuntimeError_) as error:
        runtime.site_wheels(folder=tmp_path)
    assert "tzdata==2026.6" in str(error.value) and "make setup" in str(error.value)


def test_a_tampered_tzdata_wheel_stops_the_build(tmp_path):
    [real] = runtime.site_wheels()
    shutil.copyfile(real.path, tmp_path / real.path.name)
    with open(tmp_path / real.path.name, "ab") as wheel:
        wheel.write(b"\0")
    with pytest.raises(runtime.RuntimeError_, match="does not match its pinned hash"):
        runtime.site_wheels(folder=tmp_path)
