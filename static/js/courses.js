// Lesson pages: load an embedded video only when the learner asks for it.
// Without JavaScript the "Watch on …" link next to the video still works.
(function () {
    "use strict";

    function play(facade) {
        var iframe = document.createElement("iframe");
        iframe.src = facade.getAttribute("data-embed-src");
        iframe.title = facade.getAttribute("data-embed-title") || "";
        iframe.allow = "accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen";
        iframe.allowFullscreen = true;
        iframe.referrerPolicy = "strict-origin-when-cross-origin";
        var frame = document.createElement("div");
        frame.className = "ratio ratio-16x9";
        frame.appendChild(iframe);
        facade.replaceWith(frame);
        iframe.focus();
    }

    document.querySelectorAll(".video-facade").forEach(function (facade) {
        facade.querySelectorAll("[hidden]").forEach(function (element) {
            element.hidden = false;
        });
        var button = facade.querySelector(".video-play");
        if (button) {
            button.addEventListener("click", function () {
                play(facade);
            });
        }
    });
})();
