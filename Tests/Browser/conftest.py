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


def new_driver(profile, scripts=True):
    """A headless Chromium with its own profile; `scripts=False` turns page JavaScript off."""
    options = Options()
    options.binary_location = _binary("chromium", "chromium-browser", "google-chrome") or ""
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--allow-file-access-from-files", f"--user-data-dir={profile}",
                 "--window-size=1280,900"):
        options.add_argument(flag)
    if not scripts:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    # The performance log carries the DevTools network events: the request gate reads them.
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = Service(executable_path=_binary("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    driver.implicitly_wait(2)
    return driver


@pytest.fixture(scope="session")
def session_driver(tmp_path_factory):
    """One Chromium for the whole run: starting one costs about a second a test."""
    driver = new_driver(tmp_path_factory.mktemp("chromium") / "profile")
    yield driver
    driver.quit()


def reset_driver(driver, site):
    """Back to a fresh state: default viewport and colour scheme, no injected scripts, empty storage."""
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    driver.execute_cdp_cmd("Page.enable", {})
    for identifier in getattr(driver, "_lectern_scripts", []):
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": identifier})
    driver._lectern_scripts = []
    driver.get((site / "index.html").resolve().as_uri())
    driver.execute_script("window.localStorage.clear()")
    driver.get("about:blank")
    driver.get_log("browser")
    driver.get_log("performance")


def inject(driver, source):
    """Runs `source` before every page's own scripts until the next test."""
    result = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": source})
    driver._lectern_scripts = getattr(driver, "_lectern_scripts", []) + [result["identifier"]]


@pytest.fixture()
def browser(site, session_driver):
    """The session's Chromium, reset so that localStorage starts empty in each test."""
    reset_driver(session_driver, site)
    yield session_driver


@pytest.fixture()
def page(site, browser):
    """Opens a page of the site by relative path and returns the driver."""
    def open_page(relative):
        browser.get((site / relative).resolve().as_uri())
        return browser
    return open_page
