// Adds the viewer's own time next to session times shown in Finnish time,
// when the browser's time zone is not Europe/Helsinki.
(function () {
    "use strict";
    var zone;
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (error) {
        return;
    }
    if (!zone || zone === "Europe/Helsinki") {
        return;
    }
    var language = document.documentElement.lang || undefined;
    var format = new Intl.DateTimeFormat(language, {
        weekday: "short", day: "numeric", month: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short"
    });
    document.querySelectorAll("time[data-live-local]").forEach(function (element) {
        var date = new Date(element.getAttribute("data-live-local"));
        if (isNaN(date.getTime())) {
            return;
        }
        var extra = document.createElement("span");
        extra.className = "live-local-time";
        extra.textContent = " (" + element.getAttribute("data-local-label") + ": " + format.format(date) + ")";
        element.after(extra);
    });
})();
