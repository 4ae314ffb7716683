/*
 * The player: routes (#/<unit id>[/<anchor>]), shows one unit at a time from its <template>, keeps the menu, the
 * pager and the progress indicator true, decides when a lesson is complete (its end marker came into view) and
 * when the course is, and keeps the learner state. It talks to Parcours.tracker only (docs/runtime.md).
 */
(function () {
  "use strict";
  var P = window.Parcours;
  var t = P.i18n.t;
  var data = P.data;
  var tracker = P.tracker;

  var byId = {};
  data.units.forEach(function (u) { byId[u.id] = u; });
  var scoped = data.scope !== "course";
  var lessons = data.units.filter(function (u) { return u.kind === "lesson"; });
  var quizzes = data.units.filter(function (u) { return u.kind === "quiz"; });

  var state = { v: 1, loc: null, done: [], quiz: {} };
  var current = null;
  var observer = null;
  var completedSaid = false; // « Vous avez terminé le cours. » is said once, when it happens
  var startNotice = "";      // what the adapter said at start
  var wide = window.matchMedia("(min-width: 60em)");

  function $(id) {
    return document.getElementById(id);
  }

  // ---------------------------------------------------------------- state

  /** The saved state, cleaned of what this version of the course no longer has. */
  function clean(saved) {
    var s = { v: 1, loc: null, done: [], quiz: {} };
    if (!saved || saved.v !== 1) return s;
    if (byId[saved.loc]) s.loc = saved.loc;
    (saved.done || []).forEach(function (id) {
      if (byId[id] && s.done.indexOf(id) < 0) s.done.push(id);
    });
    Object.keys(saved.quiz || {}).forEach(function (id) {
      if (data.quizzes[id]) s.quiz[id] = saved.quiz[id];
    });
    return s;
  }

  function save() {
    tracker.save(JSON.parse(JSON.stringify(state)));
  }

  function isDone(id) {
    return state.done.indexOf(id) >= 0;
  }

  function lessonsLeft() {
    return lessons.filter(function (u) { return !isDone(u.id); });
  }

  /** In a unit page (one SCO or AU per unit) the LMS orders the units: the page knows no other lesson to wait for. */
  function isLocked(unit) {
    return !scoped && !!(data.course.lockAssessment && unit.kind === "quiz" && unit.assessment && lessonsLeft().length);
  }

  // ---------------------------------------------------------------- announcements

  var statusTimer = 0;

  /** Says a message through the live region; emptied first so that the same words are announced again. */
  function announce(text) {
    var region = $("P-status");
    region.textContent = "";
    clearTimeout(statusTimer);
    statusTimer = setTimeout(function () { region.textContent = text; }, 50);
  }

  function notice(text) {
    var p = $("P-notice");
    if (!p) {
      p = document.createElement("p");
      p.id = "P-notice";
      p.className = "notice";
      $("P-main").insertBefore(p, $("P-unit"));
    }
    p.textContent = text;
    p.hidden = !text;
  }

  function focusOn(element) {
    if (!element) return;
    if (!element.hasAttribute("tabindex") && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) {
      element.setAttribute("tabindex", "-1");
    }
    element.focus();
  }

  // ---------------------------------------------------------------- routing

  function parse(hash) {
    var m = /^#\/([a-z0-9-]+)(?:\/(.*))?$/.exec(hash || "");
    if (!m || !byId[m[1]]) return null;
    return { id: m[1], anchor: m[2] ? decodeURIComponent(m[2]) : "" };
  }

  function route(navigated) {
    var r = parse(location.hash);
    if (r && scoped && r.id !== data.scope) {
      // a unit page holds one unit: the others are pages of their own, beside this one
      location.href = r.id + ".html#/" + r.id + (r.anchor ? "/" + r.anchor : "");
      return;
    }
    if (!r) {
      if (navigated) return; // a fragment that is not a route (e.g. a no-script skip link): not ours
      var resume = !scoped && state.loc && byId[state.loc];
      r = { id: scoped ? data.scope : resume ? state.loc : data.units[0].id, anchor: "" };
      history.replaceState(null, "", "#/" + r.id);
      // the adapter's notice (no LMS, a session that has ended…) matters more than where the learner resumes
      if (resume && state.loc !== data.units[0].id && !startNotice) notice(t("resumed", { title: byId[state.loc].title }));
    } else if (navigated) {
      notice("");
    }
    show(r.id, r.anchor, navigated);
  }

  function show(id, anchor, moveFocus) {
    var unit = byId[id];
    if (current !== id) {
      render(unit);
      // a new page starts at its top at once: a smooth scroll would still be running when the learner scrolls
      var root = document.documentElement;
      root.style.scrollBehavior = "auto";
      window.scrollTo(0, 0);
      root.style.scrollBehavior = "";
    }
    if (anchor) {
      var target = document.getElementById(anchor);
      if (target) {
        focusOn(target);
        target.scrollIntoView();
        return;
      }
    }
    if (moveFocus) focusOn($("P-unit").querySelector("h1"));
  }

  function render(unit) {
    if (observer) observer.disconnect();
    var host = $("P-unit");
    host.textContent = "";
    host.appendChild(document.importNode($("U-" + unit.id).content, true));
    host.setAttribute("data-unit", unit.id);
    current = unit.id;
    document.title = unit.title + " – " + data.course.title;
    if (unit.kind === "quiz") mountQuiz(unit);
    if (unit.kind === "lesson" || unit.kind === "page") watchEnd(unit);
    state.loc = unit.id;
    save();
    tracker.bookmark(unit.id);
    refresh();
  }

  /** A lesson (or page) is complete once its end marker has been on screen: the learner reached its end. */
  function watchEnd(unit) {
    var end = $("P-unit").querySelector("[data-unit-end]");
    if (isDone(unit.id)) {
      end.querySelector(".unit-done").hidden = false;
      return;
    }
    observer = new IntersectionObserver(function (entries) {
      if (!entries.some(function (e) { return e.isIntersecting; })) return;
      observer.disconnect();
      complete(unit);
      end.querySelector(".unit-done").hidden = false;
    });
    observer.observe(end);
  }

  function complete(unit) {
    if (isDone(unit.id)) return;
    state.done.push(unit.id);
    save();
    tracker.experienced({ id: unit.id, kind: unit.kind, iri: unit.iri, title: unit.title, part: unit.part || null });
    if (unit.kind === "lesson") {
      tracker.progress(lessons.length ? (lessons.length - lessonsLeft().length) / lessons.length : 1);
      announce(t("lessonDone"));
    }
    refresh();
    courseCompletion();
  }

  function mountQuiz(unit) {
    var quiz = data.quizzes[unit.id];
    P.quiz.mount($("P-unit").querySelector("[data-quiz]"), quiz, {
      state: function () { return state.quiz[unit.id] || null; },
      update: function (qs) {
        state.quiz[unit.id] = qs;
        save();
        refresh();
      },
      answer: function (interaction) { tracker.answer(interaction); },
      score: function (result) {
        tracker.score({ id: unit.id, iri: unit.iri, title: unit.title, part: unit.part || null,
          assessment: !!unit.assessment }, result);
        courseCompletion();
      },
      retry: function () {
        current = null;
        show(unit.id, "", true);
      },
      locked: isLocked(unit) ? lessonsLeft().map(function (u) { return { id: u.id, title: u.title }; }) : null,
      lessonTitle: function (id) { return byId[id] ? byId[id].title : ""; },
      announce: announce,
      focus: focusOn
    });
  }

  /**
   * The course is complete when every lesson is and, if it is graded, every quiz that counts has a result. The
   * rule is the model's (org.parcours.model.Grading, in data.course.grading): the course score is the mean of the
   * counted quizzes' best scores, passed when it reaches the pass mark, as the LMS judges it from the mastery score.
   */
  function courseCompletion() {
    if (lessonsLeft().length) return;
    var grading = data.course.grading;
    var course = { completed: true };
    if (grading.passMark && grading.quizzes.length) {
      var results = grading.quizzes.map(function (id) { return state.quiz[id]; });
      if (!results.every(function (r) { return r && r.n > 0; })) return;
      // judged on the score as reported (whole percent), so that the LMS's comparison gives the same verdict
      var percent = Math.round(results.reduce(function (sum, r) { return sum + (r.best || 0); }, 0) / results.length);
      course.passed = percent >= grading.passMark;
      course.scaled = percent / 100;
    }
    tracker.complete(course);
    if (!completedSaid) {
      completedSaid = true;
      notice(t("courseComplete"));
      announce(t("courseComplete"));
    }
  }

  // ---------------------------------------------------------------- menu, pager, progress

  /** The state of a unit in the menu, said in words (the icon repeats it: never colour alone). */
  function unitState(u) {
    if (u.kind === "quiz") {
      if (isLocked(u)) return "locked";
      var qs = state.quiz[u.id];
      if (qs && qs.n > 0) return qs.passed ? "passed" : "failed";
      return qs || u.id === current ? "started" : "new";
    }
    if (u.kind === "part") {
      var children = data.units.filter(function (c) { return c.part === u.id && c.kind === "lesson"; });
      var done = children.filter(function (c) { return isDone(c.id); }).length;
      return children.length && done === children.length ? "done" : done || u.id === current ? "started" : "new";
    }
    return isDone(u.id) ? "done" : u.id === current ? "started" : "new";
  }

  var STATE_WORDS = { done: "stateDone", started: "stateStarted", "new": "stateNew", locked: "stateLocked",
    passed: "statePassed", failed: "stateFailed" };

  function refresh() {
    if (scoped) return;
    Array.prototype.forEach.call(document.querySelectorAll("#P-menu a[data-unit]"), function (a) {
      var u = byId[a.getAttribute("data-unit")];
      var s = unitState(u);
      a.setAttribute("data-state", s);
      var words = t(STATE_WORDS[s]);
      if (u.kind === "quiz" && state.quiz[u.id] && state.quiz[u.id].n > 0) {
        words += ", " + t("bestShort", { score: state.quiz[u.id].best });
      }
      a.querySelector(".toc-state").textContent = " (" + words + ")";
      if (u.id === current) a.setAttribute("aria-current", "page");
      else a.removeAttribute("aria-current");
    });
    var i = data.units.indexOf(byId[current]);
    pagerLink($("P-previous"), data.units[i - 1]);
    pagerLink($("P-next"), data.units[i + 1]);
    var done = lessons.length - lessonsLeft().length;
    $("P-progress-bar").value = lessons.length ? Math.round((100 * done) / lessons.length) : 100;
    $("P-progress-text").textContent = t("progressText", { count: done, total: lessons.length });
  }

  function pagerLink(a, unit) {
    a.hidden = !unit;
    if (unit) a.setAttribute("href", "#/" + unit.id);
  }

  function setupMenu() {
    var button = $("P-menu-button");
    var menu = $("P-menu");
    function open(yes) {
      button.setAttribute("aria-expanded", String(yes));
      menu.hidden = !yes;
      document.body.classList.toggle("menu-open", yes);
    }
    open(wide.matches);
    button.addEventListener("click", function () {
      var opening = button.getAttribute("aria-expanded") !== "true";
      open(opening);
      if (opening && !wide.matches) focusOn(menu.querySelector('[aria-current="page"]') || menu.querySelector("a"));
    });
    // on a narrow screen the menu covers the lesson: close it once a unit is chosen
    menu.addEventListener("click", function (e) {
      if (e.target.closest("a") && !wide.matches) open(false);
    });
    menu.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && !wide.matches) {
        open(false);
        button.focus();
      }
    });
    wide.addEventListener("change", function () { open(wide.matches); });
  }

  // ---------------------------------------------------------------- start

  function start(started) {
    state = clean(started.state);
    startNotice = started.notice || "";
    if (started.notice) notice(started.notice);
    if (!scoped) setupMenu();
    var skip = document.querySelector(".skip-link");
    skip.addEventListener("click", function (e) {
      e.preventDefault();
      focusOn($("P-unit").querySelector("h1") || $("P-main"));
    });
    if (tracker.canExit()) {
      var exit = $("P-exit");
      exit.hidden = false;
      exit.addEventListener("click", function () {
        tracker.finish();
        $("P-unit").textContent = "";
        var p = $("P-unit").appendChild(document.createElement("p"));
        p.className = "notice";
        p.textContent = t("exited");
        focusOn(p);
      });
    }
    window.addEventListener("hashchange", function () { route(true); });
    // print the whole lesson: collapsed blocks open for the paper, then close again
    var opened = [];
    window.addEventListener("beforeprint", function () {
      opened = Array.prototype.filter.call($("P-unit").querySelectorAll("details:not([open])"), function (d) {
        d.open = true;
        return true;
      });
    });
    window.addEventListener("afterprint", function () {
      opened.forEach(function (d) { d.open = false; });
    });
    route(false);
    document.documentElement.setAttribute("data-player", "ready");
    if (window.performance && performance.mark) performance.mark("parcours:interactive");
  }

  tracker.start().then(start);
})();
