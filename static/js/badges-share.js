// "Copy" buttons next to share links on My badges (no inline scripts: strict CSP).
document.addEventListener("click", (event) => {
    const button = event.target.closest(".copy-share");
    if (!button) {
        return;
    }
    const input = document.getElementById(button.dataset.copyTarget);
    if (!input) {
        return;
    }
    input.select();
    const done = () => {
        button.textContent = button.dataset.copiedText;
    };
    if (navigator.clipboard) {
        navigator.clipboard.writeText(input.value).then(done, () => {});
    } else {
        done();
    }
});
