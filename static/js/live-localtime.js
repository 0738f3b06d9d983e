// Adds the reader's own time after a session time shown in the session's zone
// (Finnish time), as one phrase after the whole range:
//   "to 3.10.2026 17.00–18.00 (Suomen aikaa) · your time 16.00–17.00"
// only when the browser's clock differs from the session's at that moment.
// The template gives ISO timestamps and the zone in data-*, and the
// translated label in data-local-label; formatting is Intl in the page's
// language (Latin digits and a 24-hour clock, as the server prints them).
(function () {
    "use strict";
    var language = document.documentElement.lang || undefined;
    var clockOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23", numberingSystem: "latn" };
    var dayOptions = { weekday: "short", day: "numeric", month: "numeric", numberingSystem: "latn" };

    function formatter(options, zone) {
        var all = {};
        Object.keys(options).forEach(function (key) { all[key] = options[key]; });
        if (zone) {
            all.timeZone = zone;
        }
        return new Intl.DateTimeFormat(language, all);
    }

    var localClock;
    var localDay;
    try {
        localClock = formatter(clockOptions);
        localDay = formatter(dayOptions);
    } catch (error) {
        return;
    }

    function parse(value) {
        var date = new Date(value || "");
        return isNaN(date.getTime()) ? null : date;
    }

    document.querySelectorAll(".live-when[data-live-start]").forEach(function (element) {
        var start = parse(element.getAttribute("data-live-start"));
        var end = parse(element.getAttribute("data-live-end"));
        var zone = element.getAttribute("data-live-zone");
        if (!start || !zone) {
            return;
        }
        var sessionClock;
        var sessionDay;
        try {
            sessionClock = formatter(clockOptions, zone);
            sessionDay = formatter(dayOptions, zone);
        } catch (error) {
            return;
        }
        if (sessionClock.format(start) === localClock.format(start) && sessionDay.format(start) === localDay.format(start)) {
            return; // the reader's clock shows the session's time already
        }
        var range = localClock.format(start) + (end ? "–" + localClock.format(end) : "");
        var hint = document.createElement("span");
        hint.className = "live-local-time";
        var text = " · " + element.getAttribute("data-local-label") + " ";
        if (sessionDay.format(start) !== localDay.format(start)) {
            text += localDay.format(start) + " ";
        }
        hint.appendChild(document.createTextNode(text));
        var clock = document.createElement("bdi");
        clock.setAttribute("dir", "ltr");
        clock.textContent = range;
        hint.appendChild(clock);
        element.appendChild(hint);
    });
})();
