"""Shared fixtures for the browser tests: a headless Chromium driving the built site over file://."""
import os
import pathlib
import shutil

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]
SITE = pathlib.Path(os.environ.get("LECTERN_SITE", ROOT / "site"))


def _binary(*names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.fixture(scope="session")
def site():
    """The built site folder; the tests read the committed site/ unless LECTERN_SITE says otherwise."""
    assert (SITE / "index.html").exists(), f"no built site at {SITE}: run 'make site'"
    return SITE


@pytest.fixture()
def browser(tmp_path):
    """A fresh headless Chromium with its own profile, so localStorage starts empty in each test."""
    options = Options()
    options.binary_location = _binary("chromium", "chromium-browser", "google-chrome") or ""
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--allow-file-access-from-files", f"--user-data-dir={tmp_path / 'profile'}",
                 "--window-size=1280,900"):
        options.add_argument(flag)
    service = Service(executable_path=_binary("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    driver.implicitly_wait(2)
    yield driver
    driver.quit()


@pytest.fixture()
def page(site, browser):
    """Opens a page of the site by relative path and returns the driver."""
    def open_page(relative):
        browser.get((site / relative).resolve().as_uri())
        return browser
    return open_page
