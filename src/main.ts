// Marks when the renderer's own code starts running; `npm run bench` compares it with first-view-usable.
performance.mark('pust:renderer-start');
import './styles/designsystemet.css';
import './styles/app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { loadFirstView } from './lib/first-view';

// Ask core for the person's settings and day before drawing anything, and draw once they are here
// (milliseconds later). Drawing the shell first cost a whole style-and-layout pass that the answers
// then waited behind, only to be redone with them; Electron shows the window after its first
// paint, so the person never sees an empty shell either way. A failed answer is shown by the app.
const loaded = loadFirstView();
void loaded.then(() => mount(App, { target: document.getElementById('app')!, props: { loaded } }));
