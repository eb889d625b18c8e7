import { mount } from 'svelte';
import './theme.css';
import App from './App.svelte';
import EmbedPage from './embed/EmbedPage.svelte';
import { embedPath } from './embed/embed-url.ts';

// /embed shows the graph alone, for iframes on other sites; every other path is the app.
const root = window.location.pathname === embedPath ? EmbedPage : App;
mount(root, { target: document.getElementById('app')! });
