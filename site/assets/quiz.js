/* Lectern quizzes, worked-example copy buttons and reading progress.
   Ours, dependency-free, no modules and no network: it runs from file:// as well as from a server.
   Progress lives in localStorage under "lectern:<course>:progress"; when storage is unavailable
   (private mode, file:// policies) every access fails quietly and the page still works. */
(function () {
  "use strict";

  var doc = document;
  var course = doc.documentElement.getAttribute("data-course") || "course";
  var storageKey = "lectern:" + course + ":progress";

  function emptyState() { return { version: 1, quizzes: {}, lessons: {}, variants: {} }; }

  function loadState() {
    try {
      var raw = window.localStorage.getItem(storageKey);
      if (!raw) { return emptyState(); }
      var parsed = JSON.parse(raw);
      if (!parsed || typeof parsed !== "object") { return emptyState(); }
      parsed.quizzes = parsed.quizzes || {};
      parsed.lessons = parsed.lessons || {};
      parsed.variants = parsed.variants || {};
      return parsed;
    } catch (e) {
      return emptyState();
    }
  }

  function saveState(state) {
    try { window.localStorage.setItem(storageKey, JSON.stringify(state)); } catch (e) { /* storage unavailable */ }
  }

  function clearState() {
    try { window.localStorage.removeItem(storageKey); } catch (e) { /* storage unavailable */ }
  }

  var state = loadState();

  function all(selector, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(selector)); }

  function show(element, visible) {
    if (!element) { return; }
    if (visible) { element.removeAttribute("hidden"); } else { element.setAttribute("hidden", ""); }
  }

  /* ---------- one quiz ---------- */

  function Quiz(form) {
    this.form = form;
    this.id = form.getAttribute("data-quiz-id");
    this.kind = form.getAttribute("data-kind");
    this.key = form.getAttribute("data-key") || "";
    this.tolerance = parseFloat(form.getAttribute("data-tolerance") || "0");
    this.feedback = form.querySelector(".quiz-feedback");
    this.explanation = form.querySelector(".quiz-explanation");
    this.submit = form.querySelector(".quiz-submit");
    this.retry = form.querySelector(".quiz-retry");
    this.hintButton = form.querySelector(".quiz-hint-button");
    this.hint = form.querySelector(".quiz-hint");
    this.inputs = all("input", form);
    this.options = all(".quiz-options li", form);
    if (this.kind === "multiple") {
      var legend = form.querySelector("legend");
      var instruction = doc.createElement("p");
      instruction.className = "quiz-instruction";
      instruction.textContent = "Select all that apply.";
      if (legend) { legend.parentNode.insertBefore(instruction, legend.nextSibling); }
    }
    var fallback = form.querySelector(".quiz-answer");
    if (fallback) { fallback.parentNode.removeChild(fallback); }
    all(".quiz-actions", form).forEach(function (actions) { show(actions, true); });
    show(this.retry, false);
    // The button is disabled in the page so that, without this script, Enter in the form does
    // not submit it as a GET request that reloads the page.
    if (this.submit) { this.submit.disabled = false; }
    var self = this;
    this.startVariants();
    form.addEventListener("submit", function (event) { event.preventDefault(); self.grade(true); });
    if (this.retry) { this.retry.addEventListener("click", function () { self.reset(true); }); }
    if (this.hintButton && this.hint) {
      this.hintButton.addEventListener("click", function () {
        var open = self.hint.hasAttribute("hidden");
        show(self.hint, open);
        self.hintButton.setAttribute("aria-expanded", open ? "true" : "false");
      });
    }
  }

  /* ---------- variants of a parameterised quiz ----------
     The page shows the first variant; the others come as JSON in the form. Which one a reader
     sees follows from a seed kept with the progress, so a reload shows the same variant until the
     reader asks for another one. */

  function hash(text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i += 1) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
    return h >>> 0;
  }

  function readerSeed() {
    if (typeof state.seed !== "number") { state.seed = Math.floor(Math.random() * 4294967296); saveState(state); }
    return state.seed;
  }

  Quiz.prototype.startVariants = function () {
    var data = this.form.querySelector("script.quiz-variants");
    this.variants = [];
    this.variant = 0;
    if (data) { try { this.variants = JSON.parse(data.textContent) || []; } catch (e) { this.variants = []; } }
    this.another = this.form.querySelector(".quiz-another");
    if (this.variants.length < 2) { show(this.another, false); return; }
    var stored = state.variants[this.id];
    var index = typeof stored === "number" && stored >= 0 && stored < this.variants.length
      ? stored : hash(readerSeed() + ":" + this.id) % this.variants.length;
    this.showVariant(index);
    var self = this;
    if (this.another) {
      this.another.addEventListener("click", function () { self.nextVariant(); });
    }
  };

  Quiz.prototype.showVariant = function (index) {
    var variant = this.variants[index];
    if (!variant) { return; }
    this.variant = index;
    if (state.variants[this.id] !== index) { state.variants[this.id] = index; saveState(state); }
    var legend = this.form.querySelector("legend");
    var label = legend ? legend.querySelector(".quiz-label") : null;
    if (legend && label) {
      legend.innerHTML = "";
      legend.appendChild(label);
      legend.insertAdjacentHTML("beforeend", " " + variant.legend);
    }
    var more = this.form.querySelector(".quiz-question-more");
    if (more) { more.innerHTML = variant.more; }
    all(".quiz-option-text", this.form).forEach(function (text, position) {
      if (position < variant.options.length) { text.innerHTML = variant.options[position]; }
    });
    if (this.explanation) { this.explanation.innerHTML = variant.explanation; }
    if (this.hint) { this.hint.innerHTML = variant.hint; }
    this.key = variant.key;
    this.tolerance = parseFloat(variant.tolerance || "0");
    this.form.setAttribute("data-key", variant.key);
    this.form.setAttribute("data-tolerance", variant.tolerance);
    this.form.setAttribute("data-variant", String(index));
  };

  /* Another variant, never the one shown; the earlier answer no longer applies to the form,
     but whether it was right still counts for the lesson's progress. */
  Quiz.prototype.nextVariant = function () {
    var count = this.variants.length;
    var step = 1 + hash(readerSeed() + ":" + this.id + ":" + this.variant) % (count - 1);
    var saved = state.quizzes[this.id];
    if (saved) { state.quizzes[this.id] = { correct: !!saved.correct }; }
    this.showVariant((this.variant + step) % count);
    this.reset(false);
    saveState(state);
    page.update();
    this.say("Here is another variant of this quiz.", "none");
    if (this.inputs.length) { this.inputs[0].focus(); }
  };

  Quiz.prototype.response = function () {
    if (this.kind === "numeric") {
      var field = this.form.querySelector("input[type=text], input[type=number]");
      return field ? field.value.trim() : "";
    }
    return this.inputs.filter(function (input) { return input.checked; })
      .map(function (input) { return input.value; }).join(",");
  };

  Quiz.prototype.restoreResponse = function (response) {
    if (this.kind === "numeric") {
      var field = this.form.querySelector("input[type=text], input[type=number]");
      if (field) { field.value = response; }
      return;
    }
    var chosen = String(response).split(",");
    this.inputs.forEach(function (input) { input.checked = chosen.indexOf(input.value) >= 0; });
  };

  Quiz.prototype.isCorrect = function (response) {
    if (this.kind === "numeric") {
      var value = readNumber(response).value;
      var key = parseFloat(this.key);
      if (value === null || isNaN(key)) { return false; }
      // Half a unit of the key's last digit, plus a little slack for binary rounding.
      return Math.abs(value - key) <= this.tolerance * (1 + 1e-9) + 1e-12;
    }
    var expected = this.key.split(",").filter(Boolean).sort().join(",");
    var given = String(response).split(",").filter(Boolean).sort().join(",");
    return expected === given;
  };

  Quiz.prototype.grade = function (interactive) {
    var response = this.response();
    if (response === "") {
      this.say(this.kind === "numeric" ? "Type a number first." : "Choose an answer first.", "empty");
      return;
    }
    if (this.kind === "numeric") {
      var reading = readNumber(response);
      if (reading.problem) { this.say(reading.problem, "empty"); return; }
    }
    var correct = this.isCorrect(response);
    this.showResult(correct);
    state.quizzes[this.id] = { correct: correct, response: response, variant: this.variant };
    saveState(state);
    page.update();
    if (interactive && this.retry) { this.retry.focus(); }
  };

  Quiz.prototype.showResult = function (correct) {
    this.say(correct ? "Correct." : "Not quite. Read the explanation, then try again.", correct ? "correct" : "wrong");
    show(this.explanation, true);
    this.inputs.forEach(function (input) { input.disabled = true; });
    show(this.submit, false);
    show(this.retry, true);
    this.markOptions();
    this.form.classList.add("is-answered");
    this.form.classList.toggle("is-correct", correct);
    this.form.classList.toggle("is-wrong", !correct);
  };

  /* Each option says in words whether it is right and whether it was chosen, so the result
     does not rest on colour or on a greyed-out radio button. */
  Quiz.prototype.markOptions = function () {
    var expected = this.key.split(",").filter(Boolean);
    this.options.forEach(function (item) {
      var input = item.querySelector("input");
      if (!input) { return; }
      var right = expected.indexOf(input.value) >= 0;
      var mark = item.querySelector(".quiz-mark");
      if (!mark) {
        mark = doc.createElement("span");
        mark.className = "quiz-mark";
        item.querySelector("label").appendChild(mark);
      }
      mark.textContent = (input.checked ? "Your answer: " : "") + (right ? "right" : "wrong");
      item.classList.toggle("is-right", right);
      item.classList.toggle("is-wrong", !right);
      item.classList.toggle("is-chosen", input.checked);
    });
  };

  Quiz.prototype.unmarkOptions = function () {
    this.options.forEach(function (item) {
      var mark = item.querySelector(".quiz-mark");
      if (mark) { mark.parentNode.removeChild(mark); }
      item.classList.remove("is-right", "is-wrong", "is-chosen");
    });
  };

  Quiz.prototype.say = function (text, tone) {
    if (!this.feedback) { return; }
    this.feedback.textContent = text;
    this.feedback.setAttribute("data-tone", tone);
  };

  Quiz.prototype.reset = function (interactive) {
    this.inputs.forEach(function (input) {
      input.disabled = false;
      if (input.type === "radio" || input.type === "checkbox") { input.checked = false; } else { input.value = ""; }
    });
    this.say("", "none");
    show(this.explanation, false);
    show(this.submit, true);
    show(this.retry, false);
    this.unmarkOptions();
    this.form.classList.remove("is-answered", "is-correct", "is-wrong");
    if (interactive && this.inputs.length) { this.inputs[0].focus(); }
  };

  /* Reads what a person types for a number: "3.5", "-0.25", "\u22120.25" (the minus sign),
     "+2", "1e-3", ".5" and a fraction "7/2". A comma is refused with a message rather than
     guessed at, since "3,5" is 3.5 in some countries and "1,000" is a thousand in others. */
  function readNumber(text) {
    var cleaned = String(text).trim().replace(/[\u2212\u2013\uFE63\uFF0D]/g, "-").replace(/\s+/g, "");
    if (cleaned.indexOf(",") >= 0) {
      return { value: null, problem: "Write decimals with a point, as in 3.5, and no thousands separators." };
    }
    var number = "[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?";
    if (new RegExp("^" + number + "$").test(cleaned)) { return { value: parseFloat(cleaned), problem: null }; }
    var fraction = new RegExp("^(" + number + ")/(" + number + ")$").exec(cleaned);
    if (fraction && parseFloat(fraction[2]) !== 0) {
      return { value: parseFloat(fraction[1]) / parseFloat(fraction[2]), problem: null };
    }
    return { value: null, problem: "That is not a number this quiz can read: type digits such as 0.25, -3, 1e-3 or 7/2." };
  }

  /* ---------- the page: steps, lesson progress, index progress ---------- */

  var page = {
    quizzes: [],
    lesson: null,

    start: function () {
      var article = doc.querySelector("article[data-lesson]");
      this.lesson = article ? article.getAttribute("data-lesson") : null;
      this.quizzes = all("form.quiz[data-quiz-id]").map(function (form) { return new Quiz(form); });
      var self = this;
      if (this.lesson) {
        state.lessons[this.lesson] = state.lessons[this.lesson] || {};
        state.lessons[this.lesson].quizzes = this.quizzes.map(function (quiz) { return quiz.id; });
      }
      this.quizzes.forEach(function (quiz) {
        var saved = state.quizzes[quiz.id];
        if (saved && saved.response !== undefined && (saved.variant || 0) === quiz.variant) {
          quiz.restoreResponse(saved.response);
          quiz.showResult(!!saved.correct);
        }
      });
      all(".progress-controls").forEach(function (controls) { show(controls, true); });
      all(".progress-reset").forEach(function (button) {
        if (self.lesson) {
          button.textContent = "Reset this lesson";
          button.addEventListener("click", function () { self.resetLesson(); });
        } else {
          button.textContent = "Reset all progress";
          button.addEventListener("click", function () { self.confirmReset(button); });
        }
      });
      all(".lesson-finish").forEach(function (button) {
        button.addEventListener("click", function () { self.toggleFinished(); });
      });
      all(".quiz-steps").forEach(function (steps) { show(steps, true); });
      this.update();
    },

    /* The lesson page forgets only its own answers; the index asks before forgetting the
       whole course. Both offer an undo until the next reset or page load. */
    resetLesson: function () {
      var before = JSON.stringify(state);
      this.quizzes.forEach(function (quiz) { delete state.quizzes[quiz.id]; quiz.reset(false); });
      state.lessons[this.lesson] = { quizzes: this.quizzes.map(function (quiz) { return quiz.id; }) };
      this.update();
      this.offerUndo("This lesson's answers are cleared.", before);
    },

    confirmReset: function (button) {
      var self = this;
      var controls = button.parentNode;
      if (controls.querySelector(".progress-confirm")) { return; }
      var box = doc.createElement("span");
      box.className = "progress-confirm";
      box.setAttribute("role", "group");
      box.setAttribute("aria-label", "Confirm the reset");
      var question = doc.createElement("span");
      question.textContent = "Forget every answer in the course?";
      var yes = doc.createElement("button");
      yes.type = "button";
      yes.className = "progress-confirm-yes";
      yes.textContent = "Yes, reset everything";
      var no = doc.createElement("button");
      no.type = "button";
      no.className = "progress-confirm-no";
      no.textContent = "Keep my progress";
      box.appendChild(question);
      box.appendChild(yes);
      box.appendChild(no);
      controls.appendChild(box);
      show(button, false);
      function close() { controls.removeChild(box); show(button, true); }
      yes.addEventListener("click", function () {
        close();
        self.resetAll();
        var undo = doc.querySelector(".progress-undo");
        if (undo) { undo.focus(); }
      });
      no.addEventListener("click", function () { close(); button.focus(); });
      no.focus();
    },

    resetAll: function () {
      var before = JSON.stringify(state);
      clearState();
      state = emptyState();
      this.quizzes.forEach(function (quiz) { quiz.reset(false); });
      this.update(true);
      this.offerUndo("All progress is reset.", before);
    },

    offerUndo: function (text, before) {
      var self = this;
      this.announce(text);
      all(".progress-status").forEach(function (status) {
        var undo = doc.createElement("button");
        undo.type = "button";
        undo.className = "progress-undo";
        undo.textContent = "Undo";
        undo.addEventListener("click", function () {
          try { state = JSON.parse(before); } catch (e) { return; }
          saveState(state);
          self.quizzes.forEach(function (quiz) {
            var saved = state.quizzes[quiz.id];
            if (saved && saved.response !== undefined) { quiz.restoreResponse(saved.response); quiz.showResult(!!saved.correct); }
          });
          self.update();
          self.announce("Progress restored.");
        });
        status.appendChild(doc.createTextNode(" "));
        status.appendChild(undo);
      });
    },

    toggleFinished: function () {
      if (!this.lesson) { return; }
      var entry = state.lessons[this.lesson] = state.lessons[this.lesson] || {};
      entry.finished = !entry.finished;
      saveState(state);
      this.update();
    },

    announce: function (text) {
      all(".progress-status").forEach(function (status) { status.textContent = text; });
    },

    lessonSummary: function (slug, ids) {
      var answered = 0;
      var correct = 0;
      ids.forEach(function (id) {
        var saved = state.quizzes[id];
        if (saved) { answered += 1; if (saved.correct) { correct += 1; } }
      });
      var entry = state.lessons[slug] || {};
      var finished = !!entry.finished || (ids.length > 0 && correct === ids.length);
      return { answered: answered, correct: correct, total: ids.length, finished: finished };
    },

    update: function (skipSave) {
      var self = this;
      if (this.lesson) {
        var ids = this.quizzes.map(function (quiz) { return quiz.id; });
        var summary = this.lessonSummary(this.lesson, ids);
        all(".lesson-quiz-progress").forEach(function (element) {
          element.textContent = describe(summary);
        });
        all(".lesson-finish").forEach(function (button) {
          var finished = !!(state.lessons[self.lesson] || {}).finished;
          button.setAttribute("aria-pressed", finished ? "true" : "false");
          button.textContent = finished ? "Marked as finished" : "Mark as finished";
        });
        this.quizzes.forEach(function (quiz, index) {
          var saved = state.quizzes[quiz.id];
          all('.quiz-step[data-quiz-id="' + quiz.id + '"]').forEach(function (step) {
            step.classList.toggle("is-answered", !!saved);
            step.classList.toggle("is-correct", !!(saved && saved.correct));
            var status = saved ? (saved.correct ? "answered correctly" : "answered, not yet correct") : "not answered";
            step.setAttribute("aria-label", "Quiz " + (index + 1) + ": " + status);
            step.setAttribute("title", "Quiz " + (index + 1) + ": " + status);
          });
        });
      }
      this.updateIndex();
      if (!skipSave) { saveState(state); }
    },

    updateIndex: function () {
      var self = this;
      var finishedCount = 0;
      var items = all(".lesson-list li[data-lesson]");
      items.forEach(function (item) {
        var slug = item.getAttribute("data-lesson");
        var declared = item.getAttribute("data-quizzes");
        var ids = declared !== null ? declared.split(" ").filter(Boolean) : ((state.lessons[slug] || {}).quizzes || []);
        var summary = self.lessonSummary(slug, ids);
        if (summary.finished) { finishedCount += 1; }
        item.classList.toggle("is-finished", summary.finished);
        var label = item.querySelector(".lesson-progress");
        if (label) { label.textContent = summary.finished ? "Finished" : (ids.length ? describe(summary) : ""); }
      });
      all(".course-progress[data-progress-total]").forEach(function (element) {
        var total = parseInt(element.getAttribute("data-progress-total"), 10) || items.length;
        element.textContent = finishedCount + " of " + total + " lessons finished";
      });
      this.updateStart(items);
      this.updateCourseEnd();
      // The index offers a reset only when there is something to reset.
      var any = Object.keys(state.quizzes).length > 0 ||
        Object.keys(state.lessons).some(function (slug) { return state.lessons[slug].finished; });
      all(".course-intro .progress-controls").forEach(function (controls) {
        show(controls, any || !!controls.querySelector(".progress-confirm"));
      });
    },

    /* After any progress the index's start link points at the first lesson not yet finished. */
    updateStart: function (items) {
      var link = doc.querySelector(".course-intro .start");
      if (!link || !items.length) { return; }
      if (!link.hasAttribute("data-first-href")) {
        link.setAttribute("data-first-href", link.getAttribute("href"));
        link.setAttribute("data-first-text", link.textContent);
      }
      var self = this;
      var started = Object.keys(state.quizzes).length > 0 || Object.keys(state.lessons).some(function (slug) { return state.lessons[slug].finished; });
      var next = null;
      items.forEach(function (item) {
        if (next) { return; }
        var declared = item.getAttribute("data-quizzes");
        var ids = declared !== null ? declared.split(" ").filter(Boolean) : [];
        if (!self.lessonSummary(item.getAttribute("data-lesson"), ids).finished) { next = item; }
      });
      if (!started) {
        link.setAttribute("href", link.getAttribute("data-first-href"));
        link.textContent = link.getAttribute("data-first-text");
      } else if (next) {
        var anchor = next.querySelector("a");
        link.setAttribute("href", anchor.getAttribute("href"));
        link.textContent = "Continue with \u201C" + anchor.textContent + "\u201D";
      } else {
        link.setAttribute("href", link.getAttribute("data-first-href"));
        link.textContent = "Course finished \u2014 start again from the first lesson";
      }
    },

    /* The last lesson's closing box sums up the course as far as this browser knows it. */
    updateCourseEnd: function () {
      var box = doc.querySelector(".course-end-summary");
      if (!box) { return; }
      /* The pager says how many lessons the course has: the navigation lists only this module's. */
      var total = parseInt(box.getAttribute("data-lessons"), 10) || 0;
      var self = this;
      var finished = 0;
      Object.keys(state.lessons).forEach(function (slug) {
        if (self.lessonSummary(slug, state.lessons[slug].quizzes || []).finished) { finished += 1; }
      });
      var answered = 0;
      var correct = 0;
      Object.keys(state.quizzes).forEach(function (id) { answered += 1; if (state.quizzes[id].correct) { correct += 1; } });
      box.textContent = "You have finished " + finished + " of " + (total || finished) + " lessons and answered " +
        correct + " of " + answered + (answered === 1 ? " quiz" : " quizzes") + " you tried correctly.";
    }
  };

  function describe(summary) {
    if (summary.total === 0) { return summary.finished ? "Finished" : "No quizzes in this lesson"; }
    var text = summary.answered + " of " + summary.total + (summary.total === 1 ? " quiz" : " quizzes") + " answered";
    if (summary.answered > 0) { text += ", " + summary.correct + " correct"; }
    return summary.finished ? text + " \u2014 finished" : text;
  }

  /* ---------- worked examples: copy the statements only ---------- */

  function startCopyButtons() {
    all(".example-copy").forEach(function (button) {
      show(button, true);
      button.addEventListener("click", function () {
        var figure = button.closest(".example");
        var text = all(".example-input", figure).map(function (line) { return line.textContent; }).join("\n") + "\n";
        var status = figure.querySelector(".example-copy-status");
        function done(ok) { if (status) { status.textContent = ok ? "Copied the statements." : "Copy failed; select the code instead."; } }
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
        } else {
          done(fallbackCopy(text));
        }
      });
    });
  }

  function fallbackCopy(text) {
    var area = doc.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    doc.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = doc.execCommand("copy"); } catch (e) { ok = false; }
    doc.body.removeChild(area);
    return ok;
  }

  function start() {
    doc.documentElement.classList.add("js");
    page.start();
    startCopyButtons();
  }

  if (doc.readyState === "loading") { doc.addEventListener("DOMContentLoaded", start); } else { start(); }
}());
