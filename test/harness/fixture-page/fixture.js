/* global window, document */
// A stand-in page for the harness's own test: reads the status through the bridge, then marks itself ready.
const status = await window.calRegister.registerStatus({});
document.getElementById('out').textContent = status.ok ? `${status.value.state}: ${status.value.organization?.name ?? ''}` : status.error.code;
document.body.dataset.appState = 'loaded';
