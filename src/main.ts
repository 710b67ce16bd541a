// Marks when the renderer's own code starts running; `npm run bench` compares it with first-view-usable.
performance.mark('pust:renderer-start');
import './styles/designsystemet.css';
import './styles/app.css';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
