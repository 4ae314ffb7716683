/*
 * UI strings of the player, in French and English, chosen once from the course language.
 * This object is the one source of truth: PlayerRenderer reads the JSON between the two markers below to write
 * the labels of the static HTML, so the names the server writes and the ones this runtime writes never disagree.
 * Keep it strict JSON (double quotes, no trailing commas, no comments inside).
 * Placeholders are {name}; a key with "_one" / "_other" variants is chosen by the {count} variable.
 */
(function () {
  "use strict";
  var P = (window.Parcours = window.Parcours || {});

  var STRINGS = /* strings:begin */ {
    "fr": {
      "skip": "Aller au contenu",
      "menu": "Menu",
      "toc": "Sommaire",
      "next": "Suivant",
      "previous": "Précédent",
      "pager": "Navigation entre les pages",
      "submit": "Valider",
      "retry": "Nouvelle tentative",
      "exit": "Quitter",
      "exited": "Votre progression est enregistrée. Vous pouvez fermer cette fenêtre.",
      "noscript": "Ce cours a besoin de JavaScript pour fonctionner. Activez JavaScript dans votre navigateur, puis rechargez la page.",
      "progress": "Progression",
      "progressText_one": "{count} leçon terminée sur {total}",
      "progressText_other": "{count} leçons terminées sur {total}",
      "part": "Partie {n}",
      "quiz": "Quiz",
      "assessment": "Évaluation finale",
      "minutes": "{n} min",
      "lessonObjectives": "Objectifs de la leçon",
      "partObjectives": "Objectifs de la partie",
      "partContents": "Au programme",
      "stateDone": "terminé",
      "stateStarted": "en cours",
      "stateNew": "non commencé",
      "stateLocked": "verrouillé",
      "statePassed": "réussi",
      "stateFailed": "non réussi",
      "lessonDone": "Leçon terminée.",
      "resumed": "Reprise là où vous vous étiez arrêté : {title}.",
      "noLms": "Aucune plateforme de formation n’a été trouvée : le cours fonctionne seul et votre progression n’est enregistrée que dans ce navigateur.",
      "sessionEnded": "Cette session est terminée : relancez le module depuis votre plateforme. Ce que vous faites maintenant n’est plus enregistré.",
      "noStorage": "Ce navigateur n’enregistre pas votre progression : elle sera perdue à la fermeture de la page.",
      "newWindow": "(nouvelle fenêtre)",
      "transcript": "Transcription",
      "captions": "Sous-titres",
      "download": "Télécharger",
      "mediaFallback": "Votre navigateur ne lit pas ce média.",
      "courseComplete": "Vous avez terminé le cours.",
      "quizMeta_one": "{count} question. Seuil de réussite : {score} %.",
      "quizMeta_other": "{count} questions. Seuil de réussite : {score} %.",
      "attemptsLimit_one": "{count} tentative autorisée.",
      "attemptsLimit_other": "{count} tentatives autorisées.",
      "attemptsUnlimited": "Nombre de tentatives illimité.",
      "attemptsLeft_one": "Il vous reste {count} tentative.",
      "attemptsLeft_other": "Il vous reste {count} tentatives.",
      "noAttemptsLeft": "Vous avez utilisé toutes vos tentatives.",
      "attempt": "Tentative {n}.",
      "attemptOf": "Tentative {n} sur {max}.",
      "question": "Question {n} sur {total}",
      "true": "Vrai",
      "false": "Faux",
      "yourAnswer": "Votre réponse",
      "yourNumber": "Votre réponse (un nombre)",
      "choose": "Choisir…",
      "moveUp": "Monter",
      "moveDown": "Descendre",
      "moved": "« {item} » : position {pos} sur {total}.",
      "correct": "Bonne réponse",
      "incorrect": "Réponse incorrecte",
      "unanswered": "Sans réponse",
      "yourChoice": "votre choix",
      "rightChoice": "bonne réponse",
      "expected": "Réponse attendue : {answer}",
      "correctMatch": "Bonne réponse : {answer}",
      "yourMatch": "Votre choix : {answer}",
      "expectedRange": "Réponse attendue : entre {min} et {max}",
      "expectedOrder": "Ordre attendu :",
      "reviewLesson": "Revoir la leçon : {title}",
      "result": "Résultat",
      "score_one": "Score : {score} % ({count} point sur {max}).",
      "score_other": "Score : {score} % ({count} points sur {max}).",
      "passed": "Réussi",
      "failed": "Non réussi",
      "passingScore": "Seuil de réussite : {score} %.",
      "best": "Meilleur score : {score} %.",
      "bestShort": "{score} %",
      "unansweredCount_one": "{count} question est restée sans réponse.",
      "unansweredCount_other": "{count} questions sont restées sans réponse.",
      "locked": "Cette évaluation se débloque quand toutes les leçons sont terminées.",
      "lockedRemaining": "Leçons restantes :",
      "notANumber": "Saisissez un nombre, par exemple 12 ou 3,5.",
      "lesson": "Leçon {n}",
      "table": "Tableau {n}",
      "bytes": "{n} octets",
      "kilobytes": "{n} Ko",
      "megabytes": "{n} Mo"
    },
    "en": {
      "skip": "Skip to content",
      "menu": "Menu",
      "toc": "Contents",
      "next": "Next",
      "previous": "Previous",
      "pager": "Page navigation",
      "submit": "Submit",
      "retry": "Try again",
      "exit": "Exit",
      "exited": "Your progress is saved. You can close this window.",
      "noscript": "This course needs JavaScript. Turn JavaScript on in your browser, then reload the page.",
      "progress": "Progress",
      "progressText_one": "{count} lesson completed of {total}",
      "progressText_other": "{count} lessons completed of {total}",
      "part": "Part {n}",
      "quiz": "Quiz",
      "assessment": "Final assessment",
      "minutes": "{n} min",
      "lessonObjectives": "Lesson objectives",
      "partObjectives": "Part objectives",
      "partContents": "In this part",
      "stateDone": "completed",
      "stateStarted": "in progress",
      "stateNew": "not started",
      "stateLocked": "locked",
      "statePassed": "passed",
      "stateFailed": "not passed",
      "lessonDone": "Lesson completed.",
      "resumed": "Resumed where you left off: {title}.",
      "noLms": "No learning platform was found: the course runs on its own and your progress is saved in this browser only.",
      "sessionEnded": "This session has ended: launch the module again from your platform. What you do now is no longer recorded.",
      "noStorage": "This browser does not save your progress: it will be lost when the page is closed.",
      "newWindow": "(opens in a new window)",
      "transcript": "Transcript",
      "captions": "Captions",
      "download": "Download",
      "mediaFallback": "Your browser cannot play this media.",
      "courseComplete": "You have completed the course.",
      "quizMeta_one": "{count} question. Passing score: {score}%.",
      "quizMeta_other": "{count} questions. Passing score: {score}%.",
      "attemptsLimit_one": "{count} attempt allowed.",
      "attemptsLimit_other": "{count} attempts allowed.",
      "attemptsUnlimited": "Unlimited attempts.",
      "attemptsLeft_one": "You have {count} attempt left.",
      "attemptsLeft_other": "You have {count} attempts left.",
      "noAttemptsLeft": "You have used all your attempts.",
      "attempt": "Attempt {n}.",
      "attemptOf": "Attempt {n} of {max}.",
      "question": "Question {n} of {total}",
      "true": "True",
      "false": "False",
      "yourAnswer": "Your answer",
      "yourNumber": "Your answer (a number)",
      "choose": "Choose…",
      "moveUp": "Move up",
      "moveDown": "Move down",
      "moved": "“{item}”: position {pos} of {total}.",
      "correct": "Correct",
      "incorrect": "Incorrect",
      "unanswered": "Not answered",
      "yourChoice": "your choice",
      "rightChoice": "correct answer",
      "expected": "Expected answer: {answer}",
      "correctMatch": "Correct: {answer}",
      "yourMatch": "Your choice: {answer}",
      "expectedRange": "Expected answer: between {min} and {max}",
      "expectedOrder": "Expected order:",
      "reviewLesson": "Review the lesson: {title}",
      "result": "Result",
      "score_one": "Score: {score}% ({count} point of {max}).",
      "score_other": "Score: {score}% ({count} points of {max}).",
      "passed": "Passed",
      "failed": "Not passed",
      "passingScore": "Passing score: {score}%.",
      "best": "Best score: {score}%.",
      "bestShort": "{score}%",
      "unansweredCount_one": "{count} question was not answered.",
      "unansweredCount_other": "{count} questions were not answered.",
      "locked": "This assessment unlocks once every lesson is completed.",
      "lockedRemaining": "Lessons left:",
      "notANumber": "Type a number, for example 12 or 3.5.",
      "lesson": "Lesson {n}",
      "table": "Table {n}",
      "bytes": "{n} bytes",
      "kilobytes": "{n} KB",
      "megabytes": "{n} MB"
    }
  } /* strings:end */;

  /** "fr", "fr-CA"… get French; every other language gets English, the fallback. */
  function pick(language) {
    return /^fr\b/i.test(language || "") ? "fr" : "en";
  }

  var lang = pick(document.documentElement.lang);
  var table = STRINGS[lang];

  /** Plural category: French counts 0 and 1 as singular, English only 1 (CLDR plural rules). */
  function plural(count) {
    if (lang === "fr") return count < 2 ? "one" : "other";
    return count === 1 ? "one" : "other";
  }

  function t(key, vars) {
    vars = vars || {};
    var text = table[key];
    if (text === undefined && "count" in vars) text = table[key + "_" + plural(vars.count)];
    if (text === undefined) throw new Error("parcours: no UI string '" + key + "'");
    return text.replace(/\{(\w+)\}/g, function (m, name) {
      return name in vars ? String(vars[name]) : m;
    });
  }

  /** Numbers as the language writes them: "3,5" and "80 000" in French. */
  function number(n) {
    return new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 6 }).format(n);
  }

  P.i18n = { lang: lang, t: t, number: number, pick: pick };
})();
