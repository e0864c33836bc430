"""The lesson navigation stays the same size whatever the course's size: a lesson page lists its
own module's lessons and links the other modules to the index's table of contents. Checked on a
phone (375 px) and with JavaScript off, where the list must still open and every link lead
somewhere real."""
from selenium.webdriver.common.by import By

from conftest import new_driver

# The third lesson, in the second module (sigmoid, tanh) of five.
LESSON = "lessons/sigmoid.html"
OWN_MODULE = ["The sigmoid", "Tanh, the centred sigmoid"]
MODULES = 5


def narrow(driver):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 375, "height": 812, "deviceScaleFactor": 1, "mobile": True})


def nav_links(driver):
    lessons = [a.get_attribute("textContent") for a in driver.find_elements(By.CSS_SELECTOR, ".course-nav .module-lessons a")]
    modules = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".course-nav a.module-link")]
    return lessons, modules


def test_on_a_375px_phone_the_folded_list_opens_to_the_own_module_and_module_links(page):
    driver = page(LESSON)
    narrow(driver)
    driver.get(driver.current_url)
    details = driver.find_element(By.CSS_SELECTOR, ".course-nav-details")
    assert details.get_attribute("open") is None
    driver.find_element(By.CSS_SELECTOR, ".course-nav-summary").click()
    lessons, modules = nav_links(driver)
    assert lessons == OWN_MODULE
    current = driver.find_element(By.CSS_SELECTOR, '.course-nav a[aria-current="page"]')
    assert current.is_displayed() and current.get_attribute("href").endswith("/" + LESSON)
    assert len(modules) == MODULES - 1
    # Nothing is wider than the phone.
    assert driver.execute_script("return document.documentElement.scrollWidth") <= 375
    link = driver.find_elements(By.CSS_SELECTOR, ".course-nav a.module-link")[-1]
    assert link.is_displayed() and link.rect["width"] <= 375
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    assert driver.current_url.split("#")[0].endswith("/index.html")
    heading = driver.find_element(By.ID, anchor)
    assert heading.tag_name == "h2" and heading.is_displayed()


def test_without_javascript_the_list_opens_and_module_links_reach_the_index(site, tmp_path):
    driver = new_driver(tmp_path / "profile", scripts=False)
    try:
        driver.get((site / LESSON).resolve().as_uri())
        details = driver.find_element(By.CSS_SELECTOR, ".course-nav-details")
        assert details.get_attribute("open") is None
        driver.find_element(By.CSS_SELECTOR, ".course-nav-summary").click()
        assert details.get_attribute("open") is not None
        lessons, modules = nav_links(driver)
        assert lessons == OWN_MODULE and len(modules) == MODULES - 1
        # Previous and next still work as plain links.
        assert driver.find_element(By.CSS_SELECTOR, '.pager a[rel="prev"]').is_displayed()
        contents = driver.find_element(By.CSS_SELECTOR, ".course-nav-contents a")
        contents.click()
        assert driver.current_url.endswith("/index.html#lectern-contents")
        # The index holds the whole table of contents, every lesson of every module.
        assert len(driver.find_elements(By.CSS_SELECTOR, "#lectern-contents .lesson-list li")) == 9
        assert len(driver.find_elements(By.CSS_SELECTOR, "#lectern-contents h2[id^='lectern-module-']")) == MODULES
    finally:
        driver.quit()
