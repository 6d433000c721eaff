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
