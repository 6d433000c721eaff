// Unattended reconnection: nobody is there to press "Retry" on a wallboard, so every way out is automatic.
const reconnectModal = document.getElementById("components-reconnect-modal");
reconnectModal.addEventListener("components-reconnect-state-changed", handleReconnectStateChanged);

let retryTimer = null;

function handleReconnectStateChanged(event) {
    const state = event.detail.state;
    if (state === "show" || state === "retrying") {
        if (!reconnectModal.open) reconnectModal.showModal();
    } else if (state === "hide") {
        stopRetrying();
        reconnectModal.close();
    } else if (state === "failed") {
        // Only after the (very large) retry budget ran out: keep trying anyway.
        keepRetrying();
    } else if (state === "rejected" || state === "resume-failed") {
        // The server is back but the circuit is gone (e.g. the dashboard restarted): start afresh.
        location.reload();
    } else if (state === "paused") {
        resume();
    }
}

function keepRetrying() {
    if (retryTimer !== null) return;
    retryTimer = setInterval(retry, 5000);
}

function stopRetrying() {
    if (retryTimer !== null) clearInterval(retryTimer);
    retryTimer = null;
}

async function retry() {
    try {
        // true: reconnected; false: the server answered but no longer has the circuit; throws: unreachable.
        const successful = await Blazor.reconnect();
        if (successful) {
            stopRetrying();
            reconnectModal.close();
        } else if (!(await Blazor.resumeCircuit())) {
            location.reload();
        }
    } catch {
        // Server still unreachable: the interval tries again.
    }
}

async function resume() {
    try {
        if (!(await Blazor.resumeCircuit())) location.reload();
    } catch {
        location.reload();
    }
}

// Wallboard watchdog. The server marks a silent feed STALE itself, but when this circuit is gone (dashboard killed,
// network down) nothing reaches the page any more: its numbers and "Live" badge would freeze as they were. The
// wallboard re-renders its data-tick every second, so a tick that stops moving for 2.5 s (or the reconnect dialog)
// means the screen is no longer fed: dim it and show its banner, which already names the last update. Only a class
// is touched, never Blazor's own nodes, so the page recovers cleanly when the circuit (or a reload) is back.
// A TV has nobody to press F5: if the page stays unfed while its dashboard answers again, whatever state Blazor's
// reconnection got into, start afresh.
const wallboardSilentMs = 2500;
const wallboardReloadAfterMs = 8000;
let wallboardTick = null;
let wallboardTickAt = 0;
let wallboardProbeAt = 0;
setInterval(async () => {
    const board = document.querySelector(".wallboard");
    if (!board) return;
    const now = Date.now();
    if (board.dataset.tick !== wallboardTick) {
        wallboardTick = board.dataset.tick;
        wallboardTickAt = now;
    }
    const silentFor = now - wallboardTickAt;
    const unfed = reconnectModal.open || silentFor > wallboardSilentMs;
    board.classList.toggle("wallboard--client-stale", unfed);
    if (silentFor > wallboardReloadAfterMs && now - wallboardProbeAt > 5000) {
        wallboardProbeAt = now;
        try {
            const answer = await fetch("health/live", { cache: "no-store" });
            if (answer.ok && Date.now() - wallboardTickAt > wallboardReloadAfterMs) location.reload();
        } catch {
            // Still unreachable: the next probe tries again.
        }
    }
}, 500);
