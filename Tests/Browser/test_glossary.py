"""Glossary: term links in lessons show their definition on keyboard focus and on hover (CSS
only), work as plain links, and the glossary page lists the terms with a letter index."""
import shutil

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys


def click(driver, element):
    """Clicks after an instant scroll: site.css scrolls smoothly, which WebDriver's own scroll does not wait for."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element)
    element.click()


def first_term(driver):
    return driver.find_element(By.CSS_SELECTOR, ".lesson-body .term-link[aria-describedby]")


def test_focusing_a_term_link_shows_its_definition(page):
    driver = page("lessons/relu.html")
    link = first_term(driver)
    tip = driver.find_element(By.ID, link.get_attribute("aria-describedby"))
    assert tip.get_attribute("role") == "tooltip"
    assert not tip.is_displayed()
    # Reach the link with the keyboard: Tab from the element just before it.
    driver.execute_script("arguments[0].focus(); arguments[0].blur();", link)
    body = driver.find_element(By.TAG_NAME, "body")
    for _ in range(60):
        if driver.switch_to.active_element == link:
            break
        body.send_keys(Keys.TAB) if driver.switch_to.active_element == body else driver.switch_to.active_element.send_keys(Keys.TAB)
    assert driver.switch_to.active_element == link
    assert tip.is_displayed()
    assert "ReLU" in tip.text and "negative" in tip.text
    # Escape dismisses it (WCAG 1.4.13) while the focus stays on the link.
    link.send_keys(Keys.ESCAPE)
    assert not tip.is_displayed()
    assert driver.switch_to.active_element == link


def test_hovering_a_term_link_shows_its_definition(page):
    driver = page("lessons/relu.html")
    link = first_term(driver)
    tip = driver.find_element(By.ID, link.get_attribute("aria-describedby"))
    ActionChains(driver).move_to_element(link).perform()
    assert tip.is_displayed()


def test_a_term_link_opens_the_glossary_entry(page):
    driver = page("lessons/relu.html")
    link = first_term(driver)
    href = link.get_attribute("href")
    assert href.endswith("glossary.html#relu")
    click(driver, link)
    assert driver.current_url == href
    entry = driver.find_element(By.ID, "relu")
    assert "ReLU" in entry.find_element(By.TAG_NAME, "dfn").text


def test_glossary_page_is_alphabetical_with_letter_links(page):
    driver = page("glossary.html")
    terms = [element.text for element in driver.find_elements(By.CSS_SELECTOR, ".glossary-entry dfn")]
    assert terms == sorted(terms, key=str.lower)
    assert {"ReLU", "Sigmoid", "Softmax", "Logits", "Backpropagation", "Non-linearity", "Tanh"} <= set(terms)
    letters = driver.find_elements(By.CSS_SELECTOR, ".letter-index a")
    assert letters, "no letter links"
    for letter in letters:
        target = letter.get_attribute("href").split("#")[1]
        heading = driver.find_element(By.ID, target)
        assert heading.text == letter.text
    see = driver.find_element(By.CSS_SELECTOR, "#sigmoid .source-tag")
    assert see.get_attribute("href").endswith("library.html#sigmoid")
    click(driver, see)
    assert driver.find_element(By.ID, "sigmoid").get_attribute("class") == "library-function"


@pytest.fixture()
def no_js_page(site, tmp_path):
    """A headless Chromium with page scripts turned off, for the JavaScript-free behaviour."""
    options = Options()
    options.binary_location = shutil.which("chromium") or ""
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,900"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    yield lambda relative: (driver.get((site / relative).resolve().as_uri()), driver)[1]
    driver.quit()


def test_tooltip_and_link_work_without_javascript(no_js_page):
    driver = no_js_page("lessons/relu.html")
    # The page's own scripts did not run: the search box script would have nothing to do here,
    # but extras.js would have registered its listeners.
    link = first_term(driver)
    tip = driver.find_element(By.ID, link.get_attribute("aria-describedby"))
    assert not tip.is_displayed()
    link.send_keys("")  # focuses the link
    assert tip.is_displayed()
    href = link.get_attribute("href")
    click(driver, link)
    assert driver.current_url == href


def test_without_javascript_an_faq_link_still_targets_its_question(no_js_page, site):
    driver = no_js_page("faq.html")
    driver.get((site / "faq.html").resolve().as_uri() + "#dying-relu")
    answer = driver.find_element(By.ID, "dying-relu")
    # The link names the answer inside the <details>: the browser itself opens the entry
    # around a fragment's target, so the answer shows with scripts off.
    assert driver.find_element(By.CSS_SELECTOR, ":target").get_attribute("id") == "dying-relu"
    entry = answer.find_element(By.XPATH, "..")
    assert entry.tag_name == "details" and entry.get_attribute("open") is not None
    assert answer.is_displayed() and entry.find_element(By.TAG_NAME, "summary").is_displayed()


def test_a_term_linked_again_shows_the_definition_held_once_on_the_page(page):
    driver = page("lessons/why-non-linearity.html")
    again = driver.find_element(By.CSS_SELECTOR, ".lesson-body .term-link[data-tip]")
    tip_id = again.get_attribute("data-tip")
    assert again.get_attribute("aria-describedby") == tip_id
    # The definition is on the page once, beside the term's first link.
    assert len(driver.find_elements(By.CSS_SELECTOR, ".term-tip")) == len(
        driver.find_elements(By.CSS_SELECTOR, ".term-link[aria-describedby]:not([data-tip])"))
    original = driver.find_element(By.ID, tip_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", again)
    ActionChains(driver).move_to_element(again).perform()
    copy = again.find_element(By.XPATH, "following-sibling::span[contains(@class, 'term-tip')]")
    assert copy.is_displayed()
    assert copy.get_attribute("id") in (None, "") and copy.get_attribute("aria-hidden") == "true"
    assert copy.get_attribute("textContent") == original.get_attribute("textContent")
    # Keyboard focus shows it too, and Escape hides it.
    again.send_keys("")
    assert copy.is_displayed()
    again.send_keys(Keys.ESCAPE)
    assert not copy.is_displayed()
