// Time-limited quiz attempts: a visible countdown to the server's deadline.
//
// Without JavaScript the page already says "Submit by 14:30"; this adds the
// minutes and seconds left. The timer itself is not a live region (screen
// readers would read it every second); the separate status region speaks
// only at the thresholds the server lists (10, 5 and 1 minute, time up), and
// when several pass at once (a sleeping tab) only the latest one.
//
// The script counts the seconds the server said were left, not the device's
// clock, so a wrong clock does not matter. It only informs: the server
// decides, and refuses answers saved after the deadline whatever this shows.
(function () {
    "use strict";

    var box = document.querySelector(".quiz-deadline[data-seconds-left]");
    if (!box) {
        return;
    }
    var left = parseInt(box.getAttribute("data-seconds-left"), 10);
    var line = box.querySelector(".quiz-countdown");
    var timer = box.querySelector(".quiz-countdown-time");
    var announcer = box.querySelector(".quiz-countdown-announcer");
    if (isNaN(left) || !line || !timer || !announcer) {
        return;
    }
    var end = Date.now() + left * 1000;
    // Only thresholds still ahead when the page opened; the page itself said the rest.
    var pending = Array.prototype.map
        .call(box.querySelectorAll(".quiz-countdown-messages [data-seconds]"), function (item) {
            return { seconds: parseInt(item.getAttribute("data-seconds"), 10), text: item.textContent };
        })
        .filter(function (message) {
            return message.seconds < left;
        })
        .sort(function (a, b) {
            return b.seconds - a.seconds;
        });

    function pad(number) {
        return number < 10 ? "0" + number : String(number);
    }

    function format(seconds) {
        var hours = Math.floor(seconds / 3600);
        var minutes = Math.floor((seconds % 3600) / 60);
        var rest = seconds % 60;
        return hours ? hours + ":" + pad(minutes) + ":" + pad(rest) : minutes + ":" + pad(rest);
    }

    function announce(remaining) {
        var due = null;
        while (pending.length && remaining <= pending[0].seconds) {
            due = pending.shift();
        }
        if (due) {
            announcer.textContent = due.text;
        }
    }

    function tick() {
        var remaining = Math.max(0, Math.ceil((end - Date.now()) / 1000));
        timer.textContent = format(remaining);
        announce(remaining);
        if (remaining > 0) {
            // Wake at the next whole second, so the display never skips one.
            setTimeout(tick, ((end - Date.now()) % 1000) || 1000);
        }
    }

    line.hidden = false;
    tick();
})();
