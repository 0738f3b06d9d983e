// Quiz attempts: save the answers as the learner goes, so a closed tab or a
// dropped connection loses at most the last few seconds. Without JavaScript
// the "Save answers" and "Submit answers" buttons do the same job.
//
// Each save sends the whole form with a sequence number one higher than the
// last; the server refuses anything not newer than what it stored, so an
// old request arriving late (or another window) never overwrites answers.
// The server's reply only says "saved" or why not: no scores, no feedback.
(function () {
    "use strict";

    var form = document.getElementById("quiz-form");
    if (!form || !window.fetch || !window.FormData) {
        return;
    }
    var url = form.getAttribute("data-autosave-url");
    var sequenceInput = form.querySelector("input[name=sequence]");
    var status = form.querySelector(".quiz-save-status");
    var timer = null;
    var dirty = false;
    var retryDelay = 2000;
    var DELAY = 1500;

    function say(text) {
        if (status) {
            status.textContent = text;
        }
    }

    function nextData() {
        var data = new FormData(form);
        data.delete("action");
        data.delete("check");
        // Use this number and move the form's to the next one, so that a
        // later save or the final submit is always newer than this one.
        var sequence = parseInt(sequenceInput.value, 10) || 1;
        data.set("sequence", String(sequence));
        sequenceInput.value = String(sequence + 1);
        return data;
    }

    function save() {
        timer = null;
        if (!dirty) {
            return;
        }
        dirty = false;
        say(form.getAttribute("data-saving-text"));
        fetch(url, {
            method: "POST",
            body: nextData(),
            credentials: "same-origin",
            headers: { Accept: "application/json" }
        })
            .then(function (response) {
                return response.json().then(function (body) {
                    return { ok: response.ok, body: body };
                });
            })
            .then(function (result) {
                if (result.ok) {
                    retryDelay = 2000;
                    var time = new Date(result.body.saved_at).toLocaleTimeString(document.documentElement.lang || undefined, {
                        hour: "2-digit",
                        minute: "2-digit"
                    });
                    say(form.getAttribute("data-saved-text").replace("%(time)s", time));
                } else {
                    say(result.body.message || form.getAttribute("data-failed-text"));
                }
            })
            .catch(function () {
                // Offline or the server is away: keep the change and try again later.
                dirty = true;
                say(form.getAttribute("data-failed-text"));
                retryDelay = Math.min(retryDelay * 2, 30000);
                schedule(retryDelay);
            });
    }

    function schedule(delay) {
        dirty = true;
        if (timer) {
            clearTimeout(timer);
        }
        timer = setTimeout(save, delay);
    }

    form.addEventListener("change", function () {
        schedule(DELAY);
    });
    form.addEventListener("input", function (event) {
        if (event.target && event.target.tagName === "TEXTAREA") {
            schedule(DELAY);
        }
    });
    // Leaving the page (closing the tab, following a link): send what is pending now.
    function flush() {
        if (!dirty) {
            return;
        }
        dirty = false;
        if (timer) {
            clearTimeout(timer);
            timer = null;
        }
        var data = nextData();
        if (navigator.sendBeacon) {
            navigator.sendBeacon(url, data);
        } else {
            fetch(url, { method: "POST", body: data, credentials: "same-origin", keepalive: true });
        }
    }
    document.addEventListener("visibilitychange", function () {
        if (document.visibilityState === "hidden") {
            flush();
        }
    });
    window.addEventListener("pagehide", flush);
    // A form submit carries every answer itself: no autosave may race it.
    form.addEventListener("submit", function () {
        dirty = false;
        if (timer) {
            clearTimeout(timer);
            timer = null;
        }
    });
})();
